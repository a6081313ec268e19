import { readFileSync } from "node:fs";
import { PolicylintError } from "../errors.js";
import type { CompiledPolicy } from "../match/compile-policy.js";
import { restorePolicy } from "../match/policy-snapshot.js";
import { bundledPolicyPath } from "./data-paths.js";
import { readLexiconFiles } from "./lexicon-files.js";
import { policySourceKey, readPrebuiltPolicy } from "./prebuilt-policy.js";

/**
 * Reads, validates and compiles a policy (the bundled MTIGM 2015 one by default), or restores it
 * from the build's snapshot when its texts are unchanged.
 * Throws InvalidSourceError with every problem located as file:line:col.
 */
export async function loadPolicy(file: string = bundledPolicyPath, displayName: string = file): Promise<CompiledPolicy> {
  let text: string;
  try {
    text = readFileSync(file, "utf8");
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new PolicylintError("policy", `${displayName}: cannot read the policy (${code === "ENOENT" ? "file not found" : code ?? "unreadable"})`);
  }
  const lexiconFiles = readLexiconFiles("es");
  const prebuilt = readPrebuiltPolicy(policySourceKey([text, lexiconFiles.cues, lexiconFiles.idf]));
  if (prebuilt) return restorePolicy(prebuilt);
  // Only here are yaml and zod needed: a run with the prebuilt policy never loads them.
  const { compilePolicySource } = await import("./compile-policy-source.js");
  return compilePolicySource(text, displayName, lexiconFiles);
}
