import type { DocumentResult } from "../report/types.js";
import { jsonDocument } from "./json.js";
import type { FormatContext, Formatter } from "./types.js";

/**
 * One document per line, the same object as in the JSON report. The CLI writes each line as soon
 * as its document is done, so a long batch can be piped and read while it runs.
 */
export function formatJsonLine(result: DocumentResult, context: FormatContext): string {
  return `${JSON.stringify(jsonDocument(result, context.messages))}\n`;
}

export const formatJsonl: Formatter = (report, context) =>
  report.documents.map((result) => formatJsonLine(result, context)).join("");
