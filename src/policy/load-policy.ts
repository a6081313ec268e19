import { readFile } from "node:fs/promises";
import { InvalidSourceError, PolicylintError } from "../errors.js";
import { compilePolicy, type CompiledPolicy } from "../match/compile-policy.js";
import { createTokenizeOptions } from "../text/tokenize.js";
import { bundledPolicyPath } from "./data-paths.js";
import { loadLexicon } from "./load-lexicon.js";
import { validatePolicy } from "./validate-policy.js";

/**
 * Reads, validates and compiles a policy (the bundled MTIGM 2015 one by default).
 * Throws InvalidSourceError with every problem located as file:line:col.
 */
export async function loadPolicy(file: string = bundledPolicyPath, displayName: string = file): Promise<CompiledPolicy> {
  let text: string;
  try {
    text = await readFile(file, "utf8");
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new PolicylintError("policy", `${displayName}: cannot read the policy (${code === "ENOENT" ? "file not found" : code ?? "unreadable"})`);
  }
  const lexicon = await loadLexicon("es");
  // Validation stems every phrase to check it can match; compiling reuses those stems.
  const tokenizeOptions = createTokenizeOptions(lexicon);
  const result = validatePolicy(text, displayName, tokenizeOptions);
  if (!result.ok) throw new InvalidSourceError("policy", result.problems);
  return compilePolicy(result.value, lexicon, tokenizeOptions);
}
