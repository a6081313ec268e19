import type { ConflictRef, DimensionDiff, DimensionState, DocumentSide, ReportDiff } from "../../report/diff-reports.js";
import type { Messages } from "../../i18n/messages.js";
import { roundTo4 } from "../numbers.js";
import type { DiffFormatter } from "./index.js";

/* A public contract like the check report's JSON: built field by field, scores with 4 decimals. */

export const formatDiffJson: DiffFormatter = (diff, context) => `${JSON.stringify(jsonDiff(diff, context.messages), null, 2)}\n`;

function jsonDiff(diff: ReportDiff, messages: Messages) {
  return {
    schemaVersion: 1,
    old: jsonSide(diff.old, messages),
    new: jsonSide(diff.new, messages),
    scoreDelta: roundTo4(diff.scoreDelta),
    scoreRegression: diff.scoreRegression,
    gapsClosed: diff.dimensions.filter((d) => d.gapClosed).map((d) => d.id),
    gapsOpened: diff.dimensions.filter((d) => d.gapOpened).map((d) => d.id),
    regressions: diff.dimensions.filter((d) => d.regression).map((d) => d.id),
    dimensions: diff.dimensions.map(jsonDimension),
  };
}

/** Warnings are said in the report's language, as in the check report's JSON. */
function jsonSide(side: DocumentSide, messages: Messages) {
  return { file: side.file, score: roundTo4(side.score), warnings: side.warnings.map(messages.documentWarning) };
}

function jsonDimension(dimension: DimensionDiff) {
  return {
    id: dimension.id,
    kind: dimension.kind,
    title: dimension.title,
    old: jsonState(dimension.old),
    new: jsonState(dimension.new),
    delta: roundTo4(dimension.delta),
    gapClosed: dimension.gapClosed,
    gapOpened: dimension.gapOpened,
    conflictsAdded: dimension.conflictsAdded.map(jsonConflict),
    conflictsRemoved: dimension.conflictsRemoved.map(jsonConflict),
    regression: dimension.regression,
  };
}

function jsonState(state: DimensionState) {
  return {
    score: roundTo4(state.score),
    status: state.status,
    conflict: state.conflict,
    failing: state.failing,
    ...(state.accepted ? { accepted: { reason: state.accepted.reason, source: state.accepted.source } } : {}),
  };
}

function jsonConflict(conflict: ConflictRef) {
  return { pattern: conflict.pattern, label: conflict.label, description: conflict.description };
}
