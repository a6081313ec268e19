import type { Messages } from "../../i18n/messages.js";
import type { Thresholds } from "../../policy/types.js";
import type { PolicySummary } from "../../report/types.js";
import type { DimensionScore } from "../../score/types.js";
import { escapeHtml } from "../escape-html.js";
import { twoDecimals } from "../numbers.js";
import { dimensionTitle } from "../policy-lookup.js";
import { shortenQuote } from "../quote.js";
import { statusClass } from "./status-class.js";

const labelWidth = 360;
const barWidth = 380;
const valueWidth = 70;
const rowHeight = 26;
const top = 34;
const bottom = 26;
const titleChars = 42;

/**
 * Horizontal bars, one per dimension in the order given, coloured by status, with the partial and
 * covered thresholds drawn across all rows when the dimensions share them and as ticks on each
 * row when they do not.
 */
export function scoreChart(dimensions: DimensionScore[], policy: PolicySummary, messages: Messages): string {
  const width = labelWidth + barWidth + valueWidth;
  const height = top + dimensions.length * rowHeight + bottom;
  const shared = sharedThresholds(dimensions);
  const parts = [
    ...dimensions.map((d, row) => barRow(d, row, policy, messages, shared === undefined)),
    ...(shared ? thresholdLines(shared, dimensions.length, messages) : []),
    axis(dimensions.length),
  ];
  return [
    `<svg class="chart" viewBox="0 0 ${width} ${height}" role="img" aria-label="${escapeHtml(messages.scoreChart)}">`,
    ...parts,
    `</svg>`,
  ].join("\n");
}

/** What the colours mean: the three statuses, an accepted gap, and the conflict mark. */
export function chartLegend(messages: Messages): string {
  const swatches = [
    ...(["gap", "partial", "covered"] as const).map((status) => [`status-${status}`, messages.status[status]]),
    ["status-accepted", messages.accepted],
  ].map(([className, label]) => `<li class="${className}"><span class="swatch"></span>${escapeHtml(label!)}</li>`);
  const conflict = `<li class="status-conflict"><span class="mark">⚠</span>${escapeHtml(messages.conflict)}</li>`;
  return `<ul class="legend">${swatches.join("")}${conflict}</ul>`;
}

function barRow(
  dimension: DimensionScore,
  row: number,
  policy: PolicySummary,
  messages: Messages,
  withTicks: boolean,
): string {
  const y = top + row * rowHeight;
  const middle = y + rowHeight / 2;
  const title = dimensionTitle(dimension, policy, messages);
  const length = Math.max(0, Math.min(1, dimension.score)) * barWidth;
  const status = messages.status[dimension.status];
  const conflict = dimension.conflict ? ` · ${messages.conflict}` : "";
  return [
    `<g class="bar ${statusClass(dimension)}">`,
    `<title>${escapeHtml(`${dimension.id} ${title}: ${status} ${twoDecimals(dimension.score)}${conflict}`)}</title>`,
    `<text class="bar-id" x="0" y="${middle}">${escapeHtml(dimension.id)}</text>`,
    `<text class="bar-title" x="36" y="${middle}">${escapeHtml(shortenQuote(title, titleChars))}</text>`,
    `<rect class="track" x="${labelWidth}" y="${y + 6}" width="${barWidth}" height="${rowHeight - 12}" rx="3"/>`,
    `<rect class="fill" x="${labelWidth}" y="${y + 6}" width="${length.toFixed(1)}" height="${rowHeight - 12}" rx="3"/>`,
    ...(withTicks ? thresholdTicks(dimension.explanation.thresholds, y) : []),
    `<text class="bar-value" x="${labelWidth + barWidth + 8}" y="${middle}">${twoDecimals(dimension.score)}</text>`,
    ...(dimension.conflict ? [`<text class="bar-conflict" x="${labelWidth + barWidth + 48}" y="${middle}">⚠</text>`] : []),
    `</g>`,
  ].join("");
}

function sharedThresholds(dimensions: DimensionScore[]): Thresholds | undefined {
  const first = dimensions[0]?.explanation.thresholds;
  if (!first) return undefined;
  const same = dimensions.every((d) => d.explanation.thresholds.partial === first.partial && d.explanation.thresholds.covered === first.covered);
  return same ? first : undefined;
}

function thresholdLines(thresholds: Thresholds, rows: number, messages: Messages): string[] {
  const bottomY = top + rows * rowHeight;
  return (["partial", "covered"] as const).map((status) => {
    const x = labelWidth + thresholds[status] * barWidth;
    const value = twoDecimals(thresholds[status]);
    // The partial label sits left of its line and the covered one right of it, so close thresholds never overlap.
    const [anchor, dx] = status === "partial" ? ["end", -4] : ["start", 4];
    return [
      `<g class="threshold threshold-${status}">`,
      `<title>${escapeHtml(`${messages.threshold} ${messages.status[status]}: ${value}`)}</title>`,
      `<line x1="${x.toFixed(1)}" y1="${top - 18}" x2="${x.toFixed(1)}" y2="${bottomY}"/>`,
      `<text x="${(x + dx).toFixed(1)}" y="${top - 12}" text-anchor="${anchor}">${escapeHtml(`${messages.status[status]} ≥ ${value}`)}</text>`,
      `</g>`,
    ].join("");
  });
}

function thresholdTicks(thresholds: Thresholds, y: number): string[] {
  return (["partial", "covered"] as const).map((status) => {
    const x = (labelWidth + thresholds[status] * barWidth).toFixed(1);
    return `<line class="tick threshold-${status}" x1="${x}" y1="${y + 3}" x2="${x}" y2="${y + rowHeight - 3}"/>`;
  });
}

function axis(rows: number): string {
  const y = top + rows * rowHeight + 16;
  const ticks = [0, 0.25, 0.5, 0.75, 1].map(
    (value) => `<text x="${(labelWidth + value * barWidth).toFixed(1)}" y="${y}">${twoDecimals(value)}</text>`,
  );
  return `<g class="axis">${ticks.join("")}</g>`;
}
