import type { Messages } from "../../i18n/messages.js";
import type { ConflictRef, DimensionDiff, DimensionState } from "../../report/diff-reports.js";
import type { Status } from "../../score/types.js";
import { escapeMarkdown } from "../escape-markdown.js";
import { twoDecimals } from "../numbers.js";
import { diffTitle, dimensionNotes, idList, regressionList } from "./dimension-notes.js";
import type { DiffFormatter } from "./index.js";
import { signedDelta } from "./signed-delta.js";

const statusMark: Record<Status, string> = { gap: "🔴", partial: "🟡", covered: "🟢" };
const acceptedMark = "⚪";

/** For a pull-request comment: the overall change, a table of every dimension, and what appeared or went away. */
export const formatDiffMarkdown: DiffFormatter = (diff, context) => {
  const { messages } = context;
  const regressionNote = diff.scoreRegression ? ` ⚠ ${messages.regression}` : "";
  const sections = [
    `## policylint — ${messages.diffHeading}: ${escapeMarkdown(diff.old.file)} → ${escapeMarkdown(diff.new.file)}`,
    `**${messages.overallScore}: ${twoDecimals(diff.old.score)} → ${twoDecimals(diff.new.score)}** (${signedDelta(diff.scoreDelta)})${regressionNote}`,
    ...[diff.old, diff.new].flatMap((side) => side.warnings.map((w) => `> ⚠ ${messages.warning}: ${escapeMarkdown(`${side.file}: ${messages.documentWarning(w)}`)}`)),
    dimensionTable(diff.dimensions, messages),
    [
      `**${messages.gapsClosedHeading}:** ${idList(diff.dimensions.filter((d) => d.gapClosed), messages)}`,
      `**${messages.gapsOpenedHeading}:** ${idList(diff.dimensions.filter((d) => d.gapOpened), messages)}`,
      `**${messages.regressionsHeading}:** ${regressionList(diff, messages)}`,
    ].join("  \n"),
    ...conflictSection(messages.conflictsAddedHeading, diff.dimensions, (d) => d.conflictsAdded),
    ...conflictSection(messages.conflictsRemovedHeading, diff.dimensions, (d) => d.conflictsRemoved),
  ];
  return `${sections.join("\n\n")}\n`;
};

function dimensionTable(dimensions: readonly DimensionDiff[], messages: Messages): string {
  const header = `| ${messages.idColumn} | ${messages.dimensionColumn} | ${messages.beforeColumn} | ${messages.afterColumn} | Δ | |`;
  const rows = dimensions.map((d) => {
    const notes = dimensionNotes(d, messages).map(escapeMarkdown);
    const cells = [
      escapeMarkdown(d.id),
      escapeMarkdown(diffTitle(d, messages)),
      stateCell(d.old, messages),
      stateCell(d.new, messages),
      signedDelta(d.delta),
      d.regression ? `⚠ ${notes.join(" · ")}` : notes.join(" · "),
    ];
    return `| ${cells.join(" | ")} |`;
  });
  return [header, "| --- | --- | --- | --- | ---: | --- |", ...rows].join("\n");
}

function stateCell(state: DimensionState, messages: Messages): string {
  const mark = state.accepted ? acceptedMark : statusMark[state.status];
  const conflict = state.conflict ? ` ⚠ ${messages.conflict}` : "";
  return `${mark} ${messages.status[state.status]} ${twoDecimals(state.score)}${conflict}`;
}

function conflictSection(heading: string, dimensions: readonly DimensionDiff[], pick: (d: DimensionDiff) => ConflictRef[]): string[] {
  const items = dimensions.flatMap((d) =>
    pick(d).map((c) => `- **${escapeMarkdown(d.id)}** \`${c.pattern.replace(/`/g, "")}\` (${escapeMarkdown(c.label)}): ${escapeMarkdown(c.description)}`),
  );
  return items.length ? [`### ${heading}\n\n${items.join("\n")}`] : [];
}
