import { isDocumentError, type DocumentError, type DocumentResult, type PolicySummary, type RunSummary } from "../report/types.js";
import type { DocumentReport, Status } from "../score/types.js";
import { twoDecimals } from "./numbers.js";
import { overallArithmetic } from "./overall-arithmetic.js";
import { inPolicyOrder } from "./policy-lookup.js";
import { columnsFor, dimensionLines } from "./text-dimension.js";
import { batchSummaryLines } from "./text-summary.js";
import type { FormatContext, Formatter } from "./types.js";

/** Gaps first: they are what a drafter has to act on. */
const statusGroups: Status[] = ["gap", "partial", "covered"];

/** The terminal report: per document its score, then gaps, partial and covered dimensions with citations. */
export const formatText: Formatter = (report, context) => {
  const blocks = report.documents.map((result) => textDocument(result, report.policy, context));
  if (report.documents.length > 1) blocks.push(textBatchSummary(report.summary, report.policy, context));
  return blocks.length ? `${blocks.join("\n\n")}\n` : "";
};

/** One document's block of the report, which the CLI can print as soon as the document is done. */
export function textDocument(result: DocumentResult, policy: PolicySummary, context: FormatContext): string {
  return isDocumentError(result) ? errorLine(result, context) : documentBlock(result, policy, context);
}

/** The block that ends a report of more than one document. */
export function textBatchSummary(summary: RunSummary, policy: PolicySummary, context: FormatContext): string {
  return batchSummaryLines(summary, policy, context).join("\n");
}

function errorLine(result: DocumentError, context: FormatContext): string {
  return context.style("red", `✖ ${result.file}: ${result.error}`);
}

function documentBlock(report: DocumentReport, policy: PolicySummary, context: FormatContext): string {
  const { messages, style } = context;
  const columns = columnsFor(policy, messages);
  const header = [
    `${style("bold", report.file)} ${style("dim", `(${messages.passages(report.passages)})`)}`,
    overallLine(report, context),
    ...report.warnings.map((w) => style("yellow", `⚠ ${messages.warning}: ${messages.documentWarning(w)}`)),
  ];
  const groups = statusGroups
    .map((status) => inPolicyOrder(report.dimensions.filter((d) => d.status === status), policy))
    .filter((group) => group.length > 0)
    .map((group) => joinEntries(group.map((d) => dimensionLines(d, report.overall, policy, columns, context))));
  return [header.join("\n"), ...groups].join("\n\n");
}

/** One-line entries stay a compact list; once any entry has details, a blank line sets each apart. */
function joinEntries(entries: string[][]): string {
  const separator = entries.some((lines) => lines.length > 1) ? "\n\n" : "\n";
  return entries.map((lines) => lines.join("\n")).join(separator);
}

function overallLine(report: DocumentReport, context: FormatContext): string {
  const { messages, style } = context;
  return `${messages.overallScore}: ${style("bold", twoDecimals(report.score))} = ${overallArithmetic(report.overall, messages)}`;
}
