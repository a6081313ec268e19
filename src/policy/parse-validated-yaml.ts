import { isNode, LineCounter, parseDocument, type Document } from "yaml";
import type { z } from "zod";
import type { SourceProblem } from "../errors.js";

export type YamlPath = ReadonlyArray<string | number>;

/** A problem found by a check beyond the schema, located by its path in the YAML. */
export interface PathProblem {
  path: YamlPath;
  message: string;
}

export type ParseResult<T> = { ok: true; value: T } | { ok: false; problems: SourceProblem[] };

/**
 * Parses YAML keeping positions, validates it with a schema and then with `check`, and reports
 * every problem as file:line:col — not only the first.
 */
export function parseValidatedYaml<T>(
  text: string,
  file: string,
  schema: z.ZodType<T>,
  check: (value: T) => PathProblem[],
): ParseResult<T> {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, uniqueKeys: true, prettyErrors: false });
  const at = (offset: number, message: string): SourceProblem => {
    const { line, col } = lineCounter.linePos(offset);
    return { file, line, column: col, message };
  };
  if (doc.errors.length > 0) {
    return { ok: false, problems: doc.errors.map((e) => at(e.pos[0], firstLine(e.message))) };
  }
  const parsed = schema.safeParse(doc.toJS());
  const problems: PathProblem[] = parsed.success
    ? check(parsed.data)
    : parsed.error.issues.flatMap(problemsOf);
  if (problems.length === 0 && parsed.success) return { ok: true, value: parsed.data };
  return {
    ok: false,
    problems: problems
      .map((p) => at(offsetOf(doc, p.path), p.message))
      .sort((a, b) => a.line - b.line || a.column - b.column),
  };
}

/** One problem per unknown key, located at that key's value, so each gets its own line:col. */
function problemsOf(issue: z.core.$ZodIssue): PathProblem[] {
  const path = issue.path as YamlPath;
  if (issue.code === "unrecognized_keys") {
    return issue.keys.map((key) => ({ path: [...path, key], message: `${[...path, key].join(".")}: unknown key "${key}"` }));
  }
  return [{ path, message: `${path.length ? `${path.join(".")}: ` : ""}${issue.message}` }];
}

/** The closest node that exists along the path, so a missing key points at its parent. */
function offsetOf(doc: Document, path: YamlPath): number {
  for (let depth = path.length; depth >= 0; depth--) {
    const node = doc.getIn(path.slice(0, depth), true);
    if (isNode(node) && node.range) return node.range[0];
  }
  return 0;
}

function firstLine(message: string): string {
  return message.split("\n")[0] ?? message;
}
