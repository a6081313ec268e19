import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import type { PolicySnapshot } from "../match/policy-snapshot.js";

/**
 * `npm run build` compiles the bundled policy once and stores the snapshot under the hash of the
 * texts it came from (policy, cues, background IDF). A run whose texts hash the same restores it
 * in a few milliseconds instead of parsing, validating and stemming about 200 ms; an edited
 * policy simply finds no snapshot and is compiled as before. The folder sits beside dist/'s
 * subfolders (and the bundle's), so the same relative URL finds it from either.
 */
const snapshotDir = fileURLToPath(new URL("../policy-snapshots/", import.meta.url));

export function policySourceKey(sources: readonly string[]): string {
  const hash = createHash("sha256");
  for (const source of sources) hash.update(source).update("\0");
  return hash.digest("hex");
}

export function prebuiltPolicyPath(key: string): string {
  return `${snapshotDir}${key}.json`;
}

/** The snapshot stored for these sources, if the build made one. */
export function readPrebuiltPolicy(key: string): PolicySnapshot | undefined {
  try {
    return JSON.parse(readFileSync(prebuiltPolicyPath(key), "utf8")) as PolicySnapshot;
  } catch {
    return undefined;
  }
}
