import { readFileSync, readdirSync, statSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { repoRoot } from "../helpers.js";

// The core is pure: only cli/, documents/, config/ and the policy loader touch files or the process.
const coreFolders = ["text", "segment", "match", "score", "report", "formatters", "i18n"];
const coreFiles = ["src/check-document.ts", "src/policy/validate-policy.ts", "src/policy/parse-validated-yaml.ts", "src/policy/policy-schema.ts"];
const forbidden = /from ["'](node:)?(fs|fs\/promises|process|child_process|worker_threads)["']|from ["'](chalk|commander)["']|\bprocess\.|console\.(log|error|warn)/;

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    return statSync(full).isDirectory() ? filesUnder(full) : full.endsWith(".ts") ? [full] : [];
  });
}

describe("core purity", () => {
  const files = [...coreFolders.flatMap((f) => filesUnder(path.join(repoRoot, "src", f))), ...coreFiles.map((f) => path.join(repoRoot, f))];
  it.each(files.map((f) => path.relative(repoRoot, f)))("%s neither does I/O nor prints", (file) => {
    expect(readFileSync(path.join(repoRoot, file), "utf8")).not.toMatch(forbidden);
  });
});
