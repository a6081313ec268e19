import { describe, expect, it } from "vitest";
import { csvHeader, formatCsv, formatCsvRows } from "../../src/formatters/csv.js";
import type { DocumentReport } from "../../src/score/types.js";
import { canonicalReport } from "../fixtures/canonical-report.js";
import { formatContext } from "./format-context.js";

const [withFindings, , broken] = canonicalReport.documents;

describe("CSV report", () => {
  it("has the header, then one row per document and dimension, and one row per document error", () => {
    const records = formatCsv(canonicalReport, formatContext()).split("\r\n");
    expect(records[0]).toBe(csvHeader.join(","));
    expect(records.pop()).toBe("");
    expect(records).toHaveLength(1 + 16 + 16 + 1);
  });

  it("writes an unreadable document as one row with status error and the message", () => {
    expect(formatCsvRows(broken!)).toBe(
      "borradores/roto.docx,,,,error,,,,corrupt DOCX: end of central directory not found,,\r\n",
    );
  });

  it("neutralises a formula in text that comes from a draft", () => {
    const report = withFindings as DocumentReport;
    const hostile: DocumentReport = {
      ...report,
      file: "=cmd|'/c calc'!A1.md",
      dimensions: report.dimensions.slice(0, 1).map((d) => ({
        ...d,
        citations: d.citations.slice(0, 1).map((c) => ({ ...c, label: "@SUM(1+1)" })),
      })),
    };
    const [row] = formatCsvRows(hostile).split("\r\n");
    expect(row!.startsWith("'=cmd|'/c calc'!A1.md,")).toBe(true);
    expect(row).toContain(",\"'@SUM(1+1): El Estado garantiza");
  });
});
