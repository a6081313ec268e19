import { csvHeader, formatCsvRows } from "../formatters/csv.js";
import { csvRecord } from "../formatters/escape-csv.js";
import { formatJsonLine } from "../formatters/jsonl.js";
import type { FormatContext } from "../formatters/types.js";
import type { DocumentResult } from "../report/types.js";

export type StreamFormatName = "jsonl" | "csv";

/**
 * A format whose report is a header and then one piece per document, in document order: the CLI
 * writes each piece as soon as its document is done, and the bytes are those of the formatter.
 */
export interface StreamFormat {
  header: string;
  document(result: DocumentResult): string;
}

export function isStreamFormat(format: string): format is StreamFormatName {
  return format === "jsonl" || format === "csv";
}

export function streamFormat(name: StreamFormatName, context: FormatContext): StreamFormat {
  if (name === "csv") return { header: csvRecord(csvHeader), document: formatCsvRows };
  return { header: "", document: (result) => formatJsonLine(result, context) };
}
