import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { expect } from "vitest";
import { repoRoot } from "../helpers.js";

const goldenDir = path.join(repoRoot, "test", "golden");

/** Compares output with test/golden/<name> byte for byte; with UPDATE_GOLDEN=1 rewrites the file first. */
export function expectGolden(name: string, output: string): void {
  const file = path.join(goldenDir, name);
  if (process.env.UPDATE_GOLDEN === "1") {
    mkdirSync(goldenDir, { recursive: true });
    writeFileSync(file, output, "utf8");
  }
  expect(existsSync(file), `${name} is missing: run with UPDATE_GOLDEN=1`).toBe(true);
  expect(output).toBe(readFileSync(file, "utf8"));
}
