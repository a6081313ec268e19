import { csvHeader, formatCsvRows } from "../formatters/csv.js";
import { csvRecord } from "../formatters/escape-csv.js";
import { jsonReportPieces } from "../formatters/json.js";
import { formatJsonLine } from "../formatters/jsonl.js";
import { textBatchSummary, textDocument } from "../formatters/text.js";
import type { FormatContext } from "../formatters/types.js";
import type { DocumentResult, RunReportHead, RunSummary } from "../report/types.js";

export type StreamFormatName = "jsonl" | "csv" | "text" | "json";

/**
 * A format whose report is a header, one piece per document in document order with a separator
 * between pieces, and a footer made from the run's counts: the CLI writes each piece as soon as
 * its document is done, so a batch holds no reports, and the bytes are those of the formatter.
 */
export interface StreamFormat {
  header: string;
  separator: string;
  document(result: DocumentResult): string;
  footer(summary: RunSummary): string;
}

export function isStreamFormat(format: string): format is StreamFormatName {
  return format === "jsonl" || format === "csv" || format === "text" || format === "json";
}

export function streamFormat(name: StreamFormatName, context: FormatContext, head: RunReportHead): StreamFormat {
  const { policy } = head;
  switch (name) {
    case "json":
      return jsonReportPieces(head, context.messages);
    case "csv":
      return { header: csvRecord(csvHeader), separator: "", document: formatCsvRows, footer: () => "" };
    case "jsonl":
      return { header: "", separator: "", document: (result) => formatJsonLine(result, context), footer: () => "" };
    case "text":
      // formatText joins the blocks, and the summary of a batch, with a blank line, and ends with a newline.
      return {
        header: "",
        separator: "\n",
        document: (result) => `${textDocument(result, policy, context)}\n`,
        footer: (summary) => (summary.files > 1 ? `\n${textBatchSummary(summary, policy, context)}\n` : ""),
      };
  }
}
