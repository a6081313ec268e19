import type { PolicySummary, RunSummary } from "../report/types.js";
import type { Status } from "../score/types.js";
import { batchTotals } from "./batch-totals.js";
import { inPolicyOrder } from "./policy-lookup.js";
import type { FormatContext, StyleName } from "./types.js";

type Row = { label: string; style: StyleName; count: (counts: Record<Status, number> & { conflicts: number }) => number };

/** The batch's totals, then a table of how many documents have each status, per dimension. */
export function batchSummaryLines(summary: RunSummary, policy: PolicySummary, context: FormatContext): string[] {
  const title = context.style("bold", `${context.messages.summary}:`);
  return [`${title} ${batchTotals(summary, context.messages)}`, "", ...dimensionTable(summary, policy, context)];
}

function dimensionTable(summary: RunSummary, policy: PolicySummary, context: FormatContext): string[] {
  const { messages, style } = context;
  const rows: Row[] = [
    { label: messages.status.gap, style: "red", count: (c) => c.gap },
    { label: messages.status.partial, style: "yellow", count: (c) => c.partial },
    { label: messages.status.covered, style: "green", count: (c) => c.covered },
    { label: messages.conflict, style: "red", count: (c) => c.conflicts },
  ];
  const columns = inPolicyOrder(
    Object.entries(summary.byDimension).map(([id, counts]) => ({ id, counts })),
    policy,
  );
  if (!columns.length) return [];
  const labelWidth = Math.max(...rows.map((r) => r.label.length)) + 2;
  const cellWidth = Math.max(...columns.map((c) => c.id.length)) + 1;
  const header = " ".repeat(labelWidth) + columns.map((c) => c.id.padStart(cellWidth)).join("");
  const body = rows.map((row) => {
    const cells = columns.map(({ counts }) => {
      const count = row.count(counts);
      return (count ? String(count) : "·").padStart(cellWidth);
    });
    return `  ${style(row.style, row.label)}${" ".repeat(labelWidth - row.label.length - 2)}${cells.join("")}`;
  });
  return [header, ...body];
}
