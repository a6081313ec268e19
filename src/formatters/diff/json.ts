import type { ConflictRef, DimensionDiff, DimensionState, DocumentSide, ReportDiff } from "../../report/diff-reports.js";
import { roundTo4 } from "../numbers.js";
import type { DiffFormatter } from "./index.js";

/* A public contract like the check report's JSON: built field by field, scores with 4 decimals. */

export const formatDiffJson: DiffFormatter = (diff) => `${JSON.stringify(jsonDiff(diff), null, 2)}\n`;

function jsonDiff(diff: ReportDiff) {
  return {
    schemaVersion: 1,
    old: jsonSide(diff.old),
    new: jsonSide(diff.new),
    scoreDelta: roundTo4(diff.scoreDelta),
    scoreRegression: diff.scoreRegression,
    gapsClosed: diff.dimensions.filter((d) => d.gapClosed).map((d) => d.id),
    gapsOpened: diff.dimensions.filter((d) => d.gapOpened).map((d) => d.id),
    regressions: diff.dimensions.filter((d) => d.regression).map((d) => d.id),
    dimensions: diff.dimensions.map(jsonDimension),
  };
}

function jsonSide(side: DocumentSide) {
  return { file: side.file, score: roundTo4(side.score), warnings: [...side.warnings] };
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
