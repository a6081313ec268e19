import { describe, expect, it } from "vitest";
import { streamFormat, type StreamFormatName } from "../../src/cli/stream-format.js";
import { formatters } from "../../src/formatters/index.js";
import { summarize } from "../../src/report/summarize.js";
import type { DocumentResult, RunReport } from "../../src/report/types.js";
import { canonicalReport } from "../fixtures/canonical-report.js";
import { hostileReport } from "../fixtures/hostile-report.js";
import { formatContext, tagStyle } from "../formatters/format-context.js";

/** The report as the CLI streams it: header, each document's piece with separators, footer from the counts. */
function streamed(name: StreamFormatName, report: RunReport, context = formatContext()): string {
  const stream = streamFormat(name, context, report);
  const pieces = report.documents.map((result) => stream.document(result));
  return stream.header + pieces.join(stream.separator) + stream.footer(report.summary);
}

function withDocuments(report: RunReport, documents: DocumentResult[]): RunReport {
  return { ...report, documents, summary: summarize(documents, { failOn: "gap", failOnConflict: true }) };
}

const names: StreamFormatName[] = ["text", "jsonl", "csv", "json"];
const { documents } = canonicalReport;
const batches = {
  none: [],
  "one document": documents.slice(0, 1),
  "one unreadable file": documents.filter((d) => "error" in d),
  "the whole batch": documents,
  "the batch twice": [...documents, ...documents],
};

describe("streamed formats", () => {
  it.each(names.flatMap((name) => Object.entries(batches).map(([batch, docs]) => ({ name, batch, docs }))))(
    "$name streamed for $batch is byte for byte the formatter's report",
    ({ name, docs }) => {
      const report = withDocuments(canonicalReport, docs);
      const context = formatContext({ style: tagStyle, explain: true });
      expect(streamed(name, report, context)).toBe(formatters[name](report, context));
    },
  );

  it.each(names)("%s streamed is the formatter's report for hostile text", (name) => {
    const report = hostileReport();
    expect(streamed(name, report)).toBe(formatters[name](report, formatContext()));
  });
});
