import type { Messages } from "../../i18n/messages.js";
import type { DocumentReport, Status } from "../../score/types.js";
import { escapeHtml } from "../escape-html.js";
import { twoDecimals } from "../numbers.js";
import { overallArithmetic } from "../overall-arithmetic.js";

const statusOrder: Status[] = ["gap", "partial", "covered"];

/** File name, overall score with its arithmetic, how many dimensions have each status, and the reader's warnings. */
export function documentHeader(report: DocumentReport, messages: Messages): string {
  const warnings = report.warnings.map(
    (w) => `<p class="warning">⚠ ${escapeHtml(messages.warning)}: ${escapeHtml(messages.documentWarning(w))}</p>`,
  );
  return [
    `<header class="document-header">`,
    `<div class="document-title">`,
    `<h2 class="file">${escapeHtml(report.file)}</h2>`,
    `<p class="meta">${escapeHtml(report.format)} · ${escapeHtml(messages.passages(report.passages))}</p>`,
    `</div>`,
    `<div class="overall ${scoreClass(report)}">`,
    `<span class="overall-label">${escapeHtml(messages.overallScore)}</span>`,
    `<span class="overall-value">${twoDecimals(report.score)}</span>`,
    `<span class="overall-arithmetic">${escapeHtml(overallArithmetic(report.overall, messages))}</span>`,
    `</div>`,
    `</header>`,
    statusCounts(report, messages),
    ...warnings,
  ].join("\n");
}

/** The overall score coloured as a dimension with that score would be, by the first dimension's thresholds. */
export function scoreClass(report: DocumentReport): string {
  const thresholds = report.dimensions[0]?.explanation.thresholds;
  if (!thresholds) return "status-gap";
  if (report.score >= thresholds.covered) return "status-covered";
  return report.score >= thresholds.partial ? "status-partial" : "status-gap";
}

function statusCounts(report: DocumentReport, messages: Messages): string {
  const count = (status: Status) => report.dimensions.filter((d) => d.status === status).length;
  const conflicts = report.dimensions.reduce((total, d) => total + d.conflicts.length, 0);
  const items = [
    ...statusOrder.map((status) => stat(`status-${status}`, count(status), messages.statusCounts[status])),
    stat("status-conflict", conflicts, messages.conflictsHeading),
  ];
  return `<ul class="stats">${items.join("")}</ul>`;
}

function stat(className: string, value: number, label: string): string {
  return `<li class="stat ${className}"><b>${value}</b><span>${escapeHtml(label)}</span></li>`;
}
