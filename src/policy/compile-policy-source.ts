import { InvalidSourceError } from "../errors.js";
import { compilePolicy, type CompiledPolicy } from "../match/compile-policy.js";
import { createTokenizeOptions } from "../text/tokenize.js";
import type { LexiconFiles } from "./lexicon-files.js";
import { parseLexicon } from "./load-lexicon.js";
import { validatePolicy } from "./validate-policy.js";

/**
 * Parses, validates and compiles a policy from its YAML text and the lexicon's files.
 * Throws InvalidSourceError with every problem located as file:line:col.
 */
export function compilePolicySource(text: string, displayName: string, lexiconFiles: LexiconFiles): CompiledPolicy {
  const lexicon = parseLexicon(lexiconFiles);
  // Validation stems every phrase to check it can match; compiling reuses those stems.
  const tokenizeOptions = createTokenizeOptions(lexicon);
  const result = validatePolicy(text, displayName, tokenizeOptions);
  if (!result.ok) throw new InvalidSourceError("policy", result.problems);
  return compilePolicy(result.value, lexicon, tokenizeOptions);
}
