import type { Messages } from "../i18n/messages.js";
import { isDocumentError, type DocumentError, type PolicySummary } from "../report/types.js";
import type { DimensionScore, DocumentReport, Status } from "../score/types.js";
import { batchTotals } from "./batch-totals.js";
import { escapeMarkdown } from "./escape-markdown.js";
import { conflictsSection, gapsSection } from "./markdown-findings.js";
import { twoDecimals } from "./numbers.js";
import { overallArithmetic } from "./overall-arithmetic.js";
import { dimensionTitle, inPolicyOrder } from "./policy-lookup.js";
import type { Formatter } from "./types.js";

const statusMark: Record<Status, string> = { gap: "🔴", partial: "🟡", covered: "🟢" };
const acceptedMark = "⚪";

/**
 * For a pull-request comment: per document a table of the dimensions, then the gaps with the
 * policy's words and the conflicts with their citations. Every piece of text that comes from a
 * draft, a file name or the policy goes through escapeMarkdown.
 */
export const formatMarkdown: Formatter = (report, context) => {
  const { messages } = context;
  const sections = [
    `## policylint — ${escapeMarkdown(report.policy.title)}`,
    ...report.documents.map((result) =>
      isDocumentError(result) ? errorSection(result) : documentSection(result, report.policy, messages),
    ),
  ];
  if (report.documents.length > 1) {
    sections.push(`**${messages.summary}:** ${escapeMarkdown(batchTotals(report.summary, messages))}`);
  }
  return `${sections.join("\n\n")}\n`;
};

function errorSection(result: DocumentError): string {
  return `### ${escapeMarkdown(result.file)}\n\n✖ ${escapeMarkdown(result.error)}`;
}

function documentSection(report: DocumentReport, policy: PolicySummary, messages: Messages): string {
  const dimensions = inPolicyOrder(report.dimensions, policy);
  const score = `**${messages.overallScore}: ${twoDecimals(report.score)}** = ${escapeMarkdown(overallArithmetic(report.overall, messages))}`;
  return [
    `### ${escapeMarkdown(report.file)}`,
    score,
    ...report.warnings.map((w) => `> ⚠ ${messages.warning}: ${escapeMarkdown(messages.documentWarning(w))}`),
    dimensionTable(dimensions, policy, messages),
    ...gapsSection(dimensions, policy, messages),
    ...conflictsSection(dimensions, policy, messages),
  ].join("\n\n");
}

function dimensionTable(dimensions: DimensionScore[], policy: PolicySummary, messages: Messages): string {
  const header = `| ${messages.idColumn} | ${messages.dimensionColumn} | ${messages.statusColumn} | ${messages.scoreColumn} | ${messages.conflictColumn} |`;
  const rows = dimensions.map((d) => {
    const cells = [
      escapeMarkdown(d.id),
      escapeMarkdown(dimensionTitle(d, policy, messages)),
      statusCell(d, messages),
      twoDecimals(d.score),
      d.conflict ? `⚠ ${messages.conflict}` : "",
    ];
    return `| ${cells.join(" | ")} |`;
  });
  return [header, "| --- | --- | --- | ---: | --- |", ...rows].join("\n");
}

function statusCell(dimension: DimensionScore, messages: Messages): string {
  const label = messages.status[dimension.status];
  if (dimension.accepted) return `${acceptedMark} ${label} (${messages.accepted})`;
  return `${statusMark[dimension.status]} ${label}`;
}
