import type { DocumentWarning } from "../documents/document-warning.js";
import type { DimensionKind } from "../policy/types.js";
import type { DimensionScore, DocumentReport, Status } from "../score/types.js";
import { isDimensionFailing, type FailPolicy } from "./fail-policy.js";
import type { PolicySummary } from "./types.js";

/** A score that falls by no more than this is noise from rewording, not a regression. */
export const scoreTolerance = 0.05;

const statusRank: Record<Status, number> = { gap: 0, partial: 1, covered: 2 };

/** A conflict is the same one in both versions when its pattern and its label agree. */
export interface ConflictRef {
  pattern: string;
  label: string;
  description: string;
}

export interface DimensionState {
  score: number;
  status: Status;
  conflict: boolean;
  failing: boolean;
  accepted?: DimensionScore["accepted"];
}

export interface DimensionDiff {
  id: string;
  kind: DimensionKind;
  title: string;
  titleEn: string;
  old: DimensionState;
  new: DimensionState;
  delta: number;
  gapClosed: boolean;
  gapOpened: boolean;
  conflictsAdded: ConflictRef[];
  conflictsRemoved: ConflictRef[];
  /** Fails the thresholds in NEW and is worse than in OLD: what makes `diff` exit with 1. */
  regression: boolean;
}

export interface DocumentSide {
  file: string;
  score: number;
  warnings: DocumentWarning[];
}

export interface ReportDiff {
  old: DocumentSide;
  new: DocumentSide;
  scoreDelta: number;
  /** The overall score is below minScore in NEW and worse than in OLD. */
  scoreRegression: boolean;
  /** In the policy's order. */
  dimensions: DimensionDiff[];
}

/** Compares two checks of a draft, dimension by dimension, under the same thresholds. */
export function diffReports(older: DocumentReport, newer: DocumentReport, policy: PolicySummary, failPolicy: FailPolicy): ReportDiff {
  const olderById = new Map(older.dimensions.map((d) => [d.id, d]));
  const dimensions = policy.dimensions.flatMap((p) => {
    const before = olderById.get(p.id);
    const after = newer.dimensions.find((d) => d.id === p.id);
    return before && after ? [diffDimension(before, after, p, failPolicy)] : [];
  });
  const { minScore } = failPolicy;
  return {
    old: side(older),
    new: side(newer),
    scoreDelta: newer.score - older.score,
    scoreRegression: minScore !== undefined && newer.score < minScore && (older.score >= minScore || fellBeyondTolerance(older.score, newer.score)),
    dimensions,
  };
}

/** Whether `diff` should fail: some regression in NEW; improvements never offset one. */
export function hasRegression(diff: ReportDiff): boolean {
  return diff.scoreRegression || diff.dimensions.some((d) => d.regression);
}

function diffDimension(
  before: DimensionScore,
  after: DimensionScore,
  policy: PolicySummary["dimensions"][number],
  failPolicy: FailPolicy,
): DimensionDiff {
  const oldState = state(before, failPolicy);
  const newState = state(after, failPolicy);
  const newPatterns = after.conflicts.filter((c) => !before.conflicts.some((o) => o.pattern === c.pattern));
  const worse =
    !oldState.failing ||
    statusRank[after.status] < statusRank[before.status] ||
    fellBeyondTolerance(before.score, after.score) ||
    newPatterns.length > 0;
  return {
    id: after.id,
    kind: after.kind,
    title: policy.title,
    titleEn: policy.titleEn,
    old: oldState,
    new: newState,
    delta: after.score - before.score,
    gapClosed: before.status === "gap" && after.status !== "gap",
    gapOpened: before.status !== "gap" && after.status === "gap",
    conflictsAdded: conflictsOnlyIn(after, before),
    conflictsRemoved: conflictsOnlyIn(before, after),
    regression: newState.failing && worse,
  };
}

function state(dimension: DimensionScore, failPolicy: FailPolicy): DimensionState {
  return {
    score: dimension.score,
    status: dimension.status,
    conflict: dimension.conflict,
    failing: isDimensionFailing(dimension, failPolicy),
    ...(dimension.accepted ? { accepted: dimension.accepted } : {}),
  };
}

function conflictsOnlyIn(report: DimensionScore, other: DimensionScore): ConflictRef[] {
  return report.conflicts
    .filter((c) => !other.conflicts.some((o) => o.pattern === c.pattern && o.label === c.label))
    .map((c) => ({ pattern: c.pattern, label: c.label, description: c.description }));
}

function fellBeyondTolerance(before: number, after: number): boolean {
  // Rounded as reports print scores, so 0.62 → 0.57 is exactly 0.05 and not a regression.
  return Math.round((before - after) * 10_000) / 10_000 > scoreTolerance;
}

function side(report: DocumentReport): DocumentSide {
  return { file: report.file, score: report.score, warnings: report.warnings };
}
