/**
 * Golden files: every formatter's output for the canonical report, compared byte for byte with
 * test/golden/. After an intended change, regenerate them with
 *   UPDATE_GOLDEN=1 npx vitest run test/formatters/golden.test.ts
 * and review the diff as you would review code.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { formatters } from "../../src/formatters/index.js";
import type { FormatContext } from "../../src/formatters/types.js";
import { en } from "../../src/i18n/index.js";
import { canonicalReport } from "../fixtures/canonical-report.js";
import { repoRoot } from "../helpers.js";
import { formatContext, tagStyle } from "./format-context.js";

const goldenDir = path.join(repoRoot, "test", "golden");
const updating = process.env.UPDATE_GOLDEN === "1";

const cases: Array<{ golden: string; format: keyof typeof formatters; context: Partial<FormatContext> }> = [
  { golden: "text.es.txt", format: "text", context: {} },
  { golden: "text.es.color.txt", format: "text", context: { style: tagStyle } },
  { golden: "text.en.txt", format: "text", context: { messages: en } },
  { golden: "text.explain.txt", format: "text", context: { explain: true } },
  { golden: "report.json", format: "json", context: {} },
  { golden: "report.jsonl", format: "jsonl", context: {} },
  { golden: "report.csv", format: "csv", context: {} },
  { golden: "report.md", format: "markdown", context: {} },
  { golden: "report.en.md", format: "markdown", context: { messages: en } },
];

describe("golden files", () => {
  it.each(cases)("$golden", ({ golden, format, context }) => {
    const output = formatters[format](canonicalReport, formatContext(context));
    const file = path.join(goldenDir, golden);
    if (updating) {
      mkdirSync(goldenDir, { recursive: true });
      writeFileSync(file, output, "utf8");
    }
    expect(existsSync(file), `${golden} is missing: run with UPDATE_GOLDEN=1`).toBe(true);
    expect(output).toBe(readFileSync(file, "utf8"));
  });
});
