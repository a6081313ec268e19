import type { Messages } from "../i18n/messages.js";
import { isDocumentError, type DocumentError, type PolicySummary, type RunReport } from "../report/types.js";
import type { DocumentReport } from "../score/types.js";
import { batchTotals } from "./batch-totals.js";
import { escapeHtml } from "./escape-html.js";
import { citedPassagesSection } from "./html/cited-passages.js";
import { dimensionTable } from "./html/dimension-table.js";
import { documentHeader, scoreClass } from "./html/document-header.js";
import { conflictsSection, gapsSection } from "./html/findings.js";
import { htmlPage } from "./html/page.js";
import { chartLegend, scoreChart } from "./html/score-chart.js";
import { twoDecimals } from "./numbers.js";
import { inPolicyOrder } from "./policy-lookup.js";
import type { Formatter } from "./types.js";

/**
 * One self-contained HTML page for people: per document its score, a chart and a table of the 16
 * dimensions, the gaps with the policy's words, the conflicts and the cited passages. Every piece of
 * text from a draft, a file name or the policy goes through escapeHtml; the page runs no script.
 */
export const formatHtml: Formatter = (report, context) => {
  const { messages } = context;
  const tool = `${report.tool.name} ${report.tool.version}`;
  const body = [
    pageHeader(report, messages),
    `<main>`,
    ...report.documents.map((result, index) =>
      isDocumentError(result)
        ? errorSection(result, index, messages)
        : documentSection(result, index, report.policy, messages),
    ),
    `</main>`,
    `<footer class="page-footer">${escapeHtml(messages.generatedBy(tool))} · ${escapeHtml(report.policy.id)}</footer>`,
  ].join("\n");
  return htmlPage({ language: messages.language, title: `policylint — ${report.policy.title}`, generator: tool, body });
};

function pageHeader(report: RunReport, messages: Messages): string {
  const links = report.documents.map((result, index) => {
    const badge = isDocumentError(result)
      ? `<span class="pill status-error">✖</span>`
      : `<span class="pill ${scoreClass(result)}">${twoDecimals(result.score)}</span>`;
    return `<li><a href="#${documentAnchor(index)}">${badge} ${escapeHtml(result.file)}</a></li>`;
  });
  return [
    `<header class="page-header">`,
    `<div class="page-header-inner">`,
    `<p class="brand">policylint</p>`,
    `<h1>${escapeHtml(report.policy.title)}</h1>`,
    `<p class="run-summary">${escapeHtml(batchTotals(report.summary, messages))}</p>`,
    `<nav aria-label="${escapeHtml(messages.documentsHeading)}"><ul class="document-links">${links.join("")}</ul></nav>`,
    `<label class="filter"><input type="checkbox" id="only-issues"> ${escapeHtml(messages.onlyIssues)}</label>`,
    `</div>`,
    `</header>`,
  ].join("\n");
}

function documentSection(report: DocumentReport, index: number, policy: PolicySummary, messages: Messages): string {
  const dimensions = inPolicyOrder(report.dimensions, policy);
  return [
    `<section class="document" id="${documentAnchor(index)}">`,
    documentHeader(report, messages),
    `<div class="overview">`,
    `<figure class="chart-figure"><figcaption>${escapeHtml(messages.scoreChart)}</figcaption>`,
    scoreChart(dimensions, policy, messages),
    chartLegend(messages),
    `</figure>`,
    `<div class="table-wrap"><h3 class="section-title">${escapeHtml(messages.dimensionsHeading)}</h3>`,
    dimensionTable(dimensions, policy, messages),
    `</div>`,
    `</div>`,
    gapsSection(dimensions, policy, messages),
    conflictsSection(dimensions, policy, messages),
    citedPassagesSection(dimensions, messages),
    `</section>`,
  ]
    .filter(Boolean)
    .join("\n");
}

function errorSection(result: DocumentError, index: number, messages: Messages): string {
  return [
    `<section class="document document-error" id="${documentAnchor(index)}">`,
    `<header class="document-header"><div class="document-title"><h2 class="file">${escapeHtml(result.file)}</h2>`,
    `<p class="error">✖ ${escapeHtml(messages.couldNotCheck)}: ${escapeHtml(result.error)}</p></div></header>`,
    `</section>`,
  ].join("\n");
}

/** Positional, so anchors are deterministic and never carry a file name into an attribute. */
function documentAnchor(index: number): string {
  return `document-${index + 1}`;
}
