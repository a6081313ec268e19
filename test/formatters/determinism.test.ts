import { describe, expect, it } from "vitest";
import { formatters } from "../../src/formatters/index.js";
import { formatNames } from "../../src/cli/check-options.js";
import { canonicalReport } from "../fixtures/canonical-report.js";
import { formatContext, tagStyle } from "./format-context.js";

const available = ["text", "json", "jsonl", "csv", "markdown", "sarif", "github", "junit", "html"] as const;

describe("formatters", () => {
  it("has an entry for every --format name", () => {
    expect(Object.keys(formatters).sort()).toEqual([...formatNames].sort());
  });

  it.each(available)("%s gives the same output twice and leaves the report untouched", (format) => {
    const before = structuredClone(canonicalReport);
    const context = formatContext({ style: tagStyle, explain: true });
    const first = formatters[format](canonicalReport, context);
    expect(formatters[format](canonicalReport, context)).toBe(first);
    expect(canonicalReport).toEqual(before);
  });
});
