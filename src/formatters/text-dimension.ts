import type { Messages } from "../i18n/messages.js";
import type { PolicySummary } from "../report/types.js";
import type { Citation, DimensionScore, OverallScore, Status } from "../score/types.js";
import { citationLocation } from "./location.js";
import { twoDecimals } from "./numbers.js";
import { dimensionTitle, findPolicyDimension } from "./policy-lookup.js";
import { quote } from "./quote.js";
import { explainLines } from "./text-explain.js";
import type { FormatContext, StyleName } from "./types.js";
import { wrapText } from "./wrap.js";

const statusStyle: Record<Status, StyleName> = { gap: "red", partial: "yellow", covered: "green" };
const wrapWidth = 100;
const closingItemsShown = 3;

/** Column widths shared by every dimension line of a report, so ids and titles line up. */
export interface Columns {
  status: number;
  id: number;
}

export function columnsFor(policy: PolicySummary, messages: Messages): Columns {
  return {
    status: Math.max(...Object.values(messages.status).map((s) => s.length)),
    id: Math.max(0, ...policy.dimensions.map((d) => d.id.length)),
  };
}

/** One dimension: its status line, conflicts, citations, with --explain the arithmetic, and what would close a gap. */
export function dimensionLines(
  dimension: DimensionScore,
  overall: OverallScore,
  policy: PolicySummary,
  columns: Columns,
  context: FormatContext,
): string[] {
  const { messages, style } = context;
  const isOpenGap = dimension.status === "gap" && !dimension.accepted;
  return [
    statusLine(dimension, policy, columns, context),
    ...(dimension.accepted ? [`    ${messages.accepted}: ${dimension.accepted.reason}`] : []),
    ...dimension.conflicts.map(
      (c) => `    ${style("red", `${messages.conflict}:`)} ${citationText(c, context)} — ${c.description}`,
    ),
    ...dimension.citations.map((c) => `    ${citationText(c, context)} → ${c.policyRef}`),
    ...(context.explain ? explainLines(dimension, overall, messages) : []),
    ...(isOpenGap ? closingAdvice(dimension, policy, messages) : []),
  ];
}

/** "  brecha   E5  Enfoque intercultural  0.08"; an accepted gap is dimmed so it does not read as a failure. */
function statusLine(dimension: DimensionScore, policy: PolicySummary, columns: Columns, context: FormatContext): string {
  const label = context.messages.status[dimension.status];
  const styled = context.style(dimension.accepted ? "dim" : statusStyle[dimension.status], label);
  const padding = " ".repeat(columns.status - label.length + 1);
  const id = dimension.id.padEnd(columns.id);
  const title = dimensionTitle(dimension, policy, context.messages);
  return `  ${styled}${padding}${id} ${title}  ${twoDecimals(dimension.score)}`;
}

function citationText(citation: Citation, context: FormatContext): string {
  return `${citationLocation(citation, context.messages)}: ${context.style("dim", quote(citation.quote))}`;
}

/** The policy's own words and the first lineamiento sub-items that would close the gap. */
function closingAdvice(dimension: DimensionScore, policy: PolicySummary, messages: Messages): string[] {
  const source = findPolicyDimension(policy, dimension.id);
  if (!source) return [];
  const items = source.lineamientos.slice(0, closingItemsShown);
  return [
    `    ${messages.policySays}:`,
    ...wrapText(source.text, wrapWidth, "      "),
    ...(items.length ? [`    ${messages.closingLineamientos}:`] : []),
    ...items.flatMap((item) => {
      const head = `      ${item.id} — `;
      return wrapText(item.text, wrapWidth, " ".repeat(head.length), head);
    }),
  ];
}
