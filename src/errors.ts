import type { InputProblem } from "./documents/input-problem.js";
import { inputProblemEn } from "./i18n/input-problem-text.js";

/** Failures the user can fix: rendered once, at the edge, as one line and exit code 2. */
export class PolicylintError extends Error {
  constructor(
    readonly kind: "usage" | "input" | "policy" | "config",
    message: string,
  ) {
    super(message);
    this.name = "PolicylintError";
  }
}

/** A document that cannot be read: names the file and what is wrong (in English here; reports say it in their language). */
export class InputError extends PolicylintError {
  constructor(
    readonly file: string,
    readonly problem: InputProblem,
  ) {
    super("input", `${file}: ${inputProblemEn(problem)}`);
  }

  /** The problem in English. */
  get reason(): string {
    return inputProblemEn(this.problem);
  }
}

/** One problem in a policy or config file, located for `file:line:col: message`. */
export interface SourceProblem {
  file: string;
  line: number;
  column: number;
  message: string;
}

/** A policy or config file with problems; all of them, not only the first. */
export class InvalidSourceError extends PolicylintError {
  constructor(
    kind: "policy" | "config",
    readonly problems: SourceProblem[],
  ) {
    super(kind, problems.map((p) => `${p.file}:${p.line}:${p.column}: ${p.message}`).join("\n"));
  }
}
