// The second half of `npm run build`, after tsc: stores the bundled policy compiled (see
// src/policy/prebuilt-policy.ts), then bundles the CLI and its worker into dist/bundle/ so the
// bin starts without resolving and compiling some 150 modules (see bin/policylint.js).
import { mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { build } from "esbuild";
import { snapshotPolicy } from "../dist/match/policy-snapshot.js";
import { compilePolicySource } from "../dist/policy/compile-policy-source.js";
import { bundledPolicyPath } from "../dist/policy/data-paths.js";
import { readLexiconFiles } from "../dist/policy/lexicon-files.js";
import { policySourceKey, prebuiltPolicyPath } from "../dist/policy/prebuilt-policy.js";

const root = path.resolve(import.meta.dirname, "..");

async function prebuildPolicy() {
  const text = readFileSync(bundledPolicyPath, "utf8");
  const lexiconFiles = readLexiconFiles("es");
  const file = prebuiltPolicyPath(policySourceKey([text, lexiconFiles.cues, lexiconFiles.idf]));
  rmSync(path.dirname(file), { recursive: true, force: true });
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, JSON.stringify(snapshotPolicy(compilePolicySource(text, bundledPolicyPath, lexiconFiles))));
}

/**
 * One ESM file per entry (the CLI, the worker) and shared chunks, beside each other in dist/bundle/
 * so that import.meta.url-relative paths (../../data/, ./check-worker.js) resolve as they do from dist/cli/.
 * What a run may not need (yaml and zod for an edited policy or a config file, tinypool, the
 * progress bar, mammoth, unpdf) stays behind dynamic import(): in its own chunk, or in node_modules.
 */
async function bundleCli() {
  const outdir = path.join(root, "dist", "bundle");
  rmSync(outdir, { recursive: true, force: true });
  await build({
    entryPoints: { cli: path.join(root, "src/cli/run.ts"), "check-worker": path.join(root, "src/cli/check-worker.ts") },
    outdir,
    bundle: true,
    splitting: true,
    format: "esm",
    platform: "node",
    target: "node20",
    chunkNames: "[name]-[hash]",
    external: ["tinypool", "mammoth", "unpdf", "cli-progress"],
    // CommonJS dependencies (commander, fast-glob, natural's stemmer) call require() for Node's own modules.
    banner: { js: 'import { createRequire as __createRequire } from "node:module"; const require = __createRequire(import.meta.url);' },
    logLevel: "warning",
  });
}

await prebuildPolicy();
await bundleCli();
