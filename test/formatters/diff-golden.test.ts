/**
 * Golden files of the diff formatters, from the canonical pair of reports. After an intended change:
 *   UPDATE_GOLDEN=1 npx vitest run test/formatters/diff-golden.test.ts
 * and review the diff as code.
 */
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { diffFormatters, type DiffFormatName } from "../../src/formatters/diff/index.js";
import { en } from "../../src/i18n/index.js";
import { diffReports } from "../../src/report/diff-reports.js";
import { canonicalReport } from "../fixtures/canonical-report.js";
import { newerReport, olderReport } from "../fixtures/canonical-diff.js";
import { repoRoot } from "../helpers.js";
import { formatContext, tagStyle } from "./format-context.js";

const updating = process.env.UPDATE_GOLDEN === "1";
const diff = diffReports(olderReport, newerReport, canonicalReport.policy, { failOn: "gap", failOnConflict: true });

const cases: Array<{ golden: string; format: DiffFormatName; context: Parameters<typeof formatContext>[0] }> = [
  { golden: "diff.txt", format: "text", context: {} },
  { golden: "diff.json", format: "json", context: {} },
  { golden: "diff.md", format: "markdown", context: {} },
];

describe("diff golden files", () => {
  it.each(cases)("$golden", ({ golden, format, context }) => {
    const output = diffFormatters[format](diff, formatContext(context));
    const file = path.join(repoRoot, "test", "golden", golden);
    if (updating) writeFileSync(file, output, "utf8");
    expect(existsSync(file), `${golden} is missing: run with UPDATE_GOLDEN=1`).toBe(true);
    expect(output).toBe(readFileSync(file, "utf8"));
  });

  it("text in English and in colour says the same things", () => {
    const english = diffFormatters.text(diff, formatContext({ messages: en }));
    expect(english).toMatch(/^Comparison: /);
    expect(english).toMatch(/Regressions: E6, P7/);
    const coloured = diffFormatters.text(diff, formatContext({ style: tagStyle }));
    expect(coloured.replace(/<\/?(?:red|green|yellow|bold|dim|cyan)>/g, "")).toBe(diffFormatters.text(diff, formatContext()));
  });
});
