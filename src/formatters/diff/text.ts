import { hasRegression, type ConflictRef, type DimensionDiff, type DimensionState } from "../../report/diff-reports.js";
import type { Status } from "../../score/types.js";
import { twoDecimals } from "../numbers.js";
import type { FormatContext, StyleName } from "../types.js";
import { diffTitle, dimensionNotes, idList, regressionList } from "./dimension-notes.js";
import type { DiffFormatter } from "./index.js";
import { signedDelta } from "./signed-delta.js";

const statusStyle: Record<Status, StyleName> = { gap: "red", partial: "yellow", covered: "green" };

/**
 * The terminal comparison: the overall score before → after, one line per dimension (status and
 * score before → after, the change, then the title so long titles do not break the columns), the
 * conflicts that appeared or went away, and the lists a reviewer looks for.
 */
export const formatDiffText: DiffFormatter = (diff, context) => {
  const { messages, style } = context;
  const idWidth = Math.max(0, ...diff.dimensions.map((d) => d.id.length));
  const statusWidth = Math.max(...Object.values(messages.status).map((s) => s.length));
  const header = [
    `${style("bold", messages.diffHeading)}: ${diff.old.file} → ${diff.new.file}`,
    `${messages.overallScore}: ${twoDecimals(diff.old.score)} → ${style("bold", twoDecimals(diff.new.score))} (${deltaText(diff.scoreDelta, context)})` +
      (diff.scoreRegression ? `  ${style("red", messages.regression)}` : ""),
    ...[diff.old, diff.new].flatMap((side) => side.warnings.map((w) => style("yellow", `⚠ ${messages.warning}: ${side.file}: ${messages.documentWarning(w)}`))),
  ];
  const rows = diff.dimensions.flatMap((d) => dimensionLines(d, idWidth, statusWidth, context));
  const footer = [
    `${messages.gapsClosedHeading}: ${idList(diff.dimensions.filter((d) => d.gapClosed), messages)}`,
    `${messages.gapsOpenedHeading}: ${idList(diff.dimensions.filter((d) => d.gapOpened), messages)}`,
    `${messages.regressionsHeading}: ${style(hasRegression(diff) ? "red" : "green", regressionList(diff, messages))}`,
  ];
  return `${[header.join("\n"), rows.join("\n"), footer.join("\n")].join("\n\n")}\n`;
};

function dimensionLines(dimension: DimensionDiff, idWidth: number, statusWidth: number, context: FormatContext): string[] {
  const { messages, style } = context;
  const notes = dimensionNotes(dimension, messages);
  const line = [
    `  ${dimension.id.padEnd(idWidth)}`,
    `${stateText(dimension.old, statusWidth, context)} → ${stateText(dimension.new, statusWidth, context)}`,
    deltaText(dimension.delta, context, 5),
    diffTitle(dimension, messages),
  ].join("  ");
  return [
    notes.length ? `${line}  · ${style(dimension.regression ? "red" : "dim", notes.join(" · "))}` : line,
    ...dimension.conflictsAdded.map((c) => `      ${style("red", `+ ${messages.conflict}`)} ${conflictText(c)}`),
    ...dimension.conflictsRemoved.map((c) => `      ${style("green", `- ${messages.conflict}`)} ${conflictText(c)}`),
  ];
}

/** "parcial  0.30 ⚠": the status padded to a column, the score, and a mark while a conflict stands. */
function stateText(state: DimensionState, width: number, context: FormatContext): string {
  const label = context.messages.status[state.status];
  const styled = context.style(state.accepted ? "dim" : statusStyle[state.status], label);
  const conflict = state.conflict ? ` ${context.style("red", "⚠")}` : "  ";
  return `${styled}${" ".repeat(width - label.length)} ${twoDecimals(state.score)}${conflict}`;
}

/** Padded before styling, so colour codes do not upset the column. */
function deltaText(delta: number, context: FormatContext, width = 0): string {
  const text = signedDelta(delta);
  const padded = text.padStart(width);
  if (text.startsWith("+")) return context.style("green", padded);
  return text.startsWith("-") ? context.style("red", padded) : padded;
}

function conflictText(conflict: ConflictRef): string {
  return `${conflict.pattern} (${conflict.label}): ${conflict.description}`;
}
