import { isDocumentError, type DocumentResult } from "../report/types.js";
import type { DimensionScore, DocumentReport } from "../score/types.js";
import { csvRecord } from "./escape-csv.js";
import { roundTo4 } from "./numbers.js";
import { shortenQuote } from "./quote.js";
import type { Formatter } from "./types.js";

/** Column names are a contract with whoever loads the CSV: English, snake_case, stable. */
export const csvHeader = [
  "file",
  "score",
  "dimension",
  "kind",
  "status",
  "dimension_score",
  "conflict",
  "accepted",
  "best_citation",
  "lines",
  "policy_ref",
] as const;

export const formatCsv: Formatter = (report) =>
  csvRecord(csvHeader) + report.documents.map(formatCsvRows).join("");

/** The records of one document, for writing as each document is done. */
export function formatCsvRows(result: DocumentResult): string {
  return csvRows(result).map(csvRecord).join("");
}

/**
 * One row per dimension; status, kind and booleans keep their JSON values so filters work in any
 * language. `accepted` holds the reason of an accepted gap. A document that could not be read is
 * one row with status "error" and the message where the citation would be.
 */
export function csvRows(result: DocumentResult): string[][] {
  if (isDocumentError(result)) return [[result.file, "", "", "", "error", "", "", "", result.error, "", ""]];
  return result.dimensions.map((dimension) => dimensionRow(result, dimension));
}

function dimensionRow(report: DocumentReport, dimension: DimensionScore): string[] {
  const best = dimension.citations[0];
  return [
    report.file,
    String(roundTo4(report.score)),
    dimension.id,
    dimension.kind,
    dimension.status,
    String(roundTo4(dimension.score)),
    String(dimension.conflict),
    dimension.accepted?.reason ?? "",
    best ? `${best.label}: ${shortenQuote(best.quote)}` : "",
    best ? lines(best.start.line, best.end.line) : "",
    best?.policyRef ?? "",
  ];
}

/** "7" or "7–9": an en dash, because spreadsheets read "7-9" as a date. */
function lines(start: number, end: number): string {
  return start === end ? String(start) : `${start}–${end}`;
}
