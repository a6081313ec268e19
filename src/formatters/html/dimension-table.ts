import type { Messages } from "../../i18n/messages.js";
import type { PolicySummary } from "../../report/types.js";
import type { DimensionScore } from "../../score/types.js";
import { escapeHtml } from "../escape-html.js";
import { twoDecimals } from "../numbers.js";
import { dimensionTitle } from "../policy-lookup.js";
import { statusClass } from "./status-class.js";

/**
 * Id, title, kind, status, score and conflict of each dimension. Rows that need no action carry
 * `is-ok`, which the "only issues" switch hides with CSS alone.
 */
export function dimensionTable(dimensions: DimensionScore[], policy: PolicySummary, messages: Messages): string {
  const header = [messages.idColumn, messages.dimensionColumn, messages.statusColumn, messages.scoreColumn, messages.conflictColumn]
    .map((label, index) => `<th${index === 3 ? ` class="number"` : ""}>${escapeHtml(label)}</th>`)
    .join("");
  return [
    `<table class="dimensions">`,
    `<thead><tr>${header}</tr></thead>`,
    `<tbody>`,
    ...dimensions.map((d) => dimensionRow(d, policy, messages)),
    `</tbody>`,
    `</table>`,
  ].join("\n");
}

function dimensionRow(dimension: DimensionScore, policy: PolicySummary, messages: Messages): string {
  const isOk = dimension.status === "covered" && !dimension.conflict;
  const status = messages.status[dimension.status];
  const accepted = dimension.accepted
    ? `<span class="accepted" title="${escapeHtml(dimension.accepted.reason)}">${escapeHtml(messages.accepted)}</span>`
    : "";
  const cells = [
    `<td class="id">${escapeHtml(dimension.id)}</td>`,
    `<td>${escapeHtml(dimensionTitle(dimension, policy, messages))}<span class="kind">${escapeHtml(messages.kind[dimension.kind])}</span></td>`,
    `<td><span class="pill ${statusClass(dimension)}">${escapeHtml(status)}</span>${accepted}</td>`,
    `<td class="number">${scoreCell(dimension)}</td>`,
    `<td>${dimension.conflict ? `<span class="pill status-conflict">⚠ ${escapeHtml(messages.conflict)}</span>` : ""}</td>`,
  ];
  return `<tr class="${statusClass(dimension)}${isOk ? " is-ok" : ""}">${cells.join("")}</tr>`;
}

/** The number with a small bar under it, so the column reads at a glance. */
function scoreCell(dimension: DimensionScore): string {
  const percent = Math.round(Math.max(0, Math.min(1, dimension.score)) * 100);
  return `${twoDecimals(dimension.score)}<span class="meter ${statusClass(dimension)}"><span style="width:${percent}%"></span></span>`;
}
