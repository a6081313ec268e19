import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { corpusDir, repoRoot } from "../helpers.js";

// Accuracy is measured by `npm run eval`, not by unit tests; this only pins a floor 0.05 under the
// cross-validated figures reached (micro-F1 0.86, conflict recall 1.00), so a regression fails CI.
const floors = { addressedMicroF1: 0.81, conflictRecall: 0.95 };

describe.skipIf(!existsSync(path.join(corpusDir, "dev", "labels.jsonl")))("dev-set accuracy floor", () => {
  it("keeps cross-validated addressed micro-F1 and conflict recall above the floor", () => {
    const out = path.join(mkdtempSync(path.join(tmpdir(), "policylint-eval-")), "eval.json");
    execFileSync(process.execPath, [path.join(repoRoot, "scripts", "eval.mjs"), "--json", out], { cwd: repoRoot, stdio: "ignore" });
    const figures = JSON.parse(readFileSync(out, "utf8"))["policylint (CV)"];
    expect(figures.addressed.f1).toBeGreaterThanOrEqual(floors.addressedMicroF1);
    expect(figures.conflict.recall).toBeGreaterThanOrEqual(floors.conflictRecall);
  });
});
