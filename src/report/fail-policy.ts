import type { DimensionScore, DocumentReport, Status } from "../score/types.js";

/** What makes a document fail in CI. */
export interface FailPolicy {
  /** The weakest status that fails: "gap" fails gaps, "partial" fails gaps and partials, "none" fails no status. */
  failOn: "gap" | "partial" | "none";
  /** Minimum overall score, if any. */
  minScore?: number;
  /** Per-dimension minimum scores (from the config). */
  minDimensionScores?: Record<string, number>;
  /** Dimensions that must not fail even when failOn is "none". */
  required?: string[];
  /** A conflict always fails unless this is false. */
  failOnConflict: boolean;
}

const failingStatuses: Record<FailPolicy["failOn"], Status[]> = {
  gap: ["gap"],
  partial: ["gap", "partial"],
  none: [],
};

/** Whether one dimension's finding fails the policy (accepted gaps never do). */
export function isDimensionFailing(dimension: DimensionScore, policy: FailPolicy): boolean {
  if (dimension.accepted) return false;
  if (policy.failOnConflict && dimension.conflict) return true;
  const required = policy.required?.includes(dimension.id) ?? false;
  const statuses = required && policy.failOn === "none" ? failingStatuses.gap : failingStatuses[policy.failOn];
  if (statuses.includes(dimension.status)) return true;
  const min = policy.minDimensionScores?.[dimension.id];
  return min !== undefined && dimension.score < min;
}

export function isDocumentFailing(report: DocumentReport, policy: FailPolicy): boolean {
  if (policy.minScore !== undefined && report.score < policy.minScore) return true;
  return report.dimensions.some((d) => isDimensionFailing(d, policy));
}
