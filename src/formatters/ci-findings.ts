import { isDimensionFailing, type FailPolicy } from "../report/fail-policy.js";
import type { PolicySummary } from "../report/types.js";
import type { Citation, DimensionScore, DocumentReport } from "../score/types.js";
import { inPolicyOrder } from "./policy-lookup.js";

/** The three severities CI systems share (SARIF's names; GitHub calls a note a notice). */
export type FindingLevel = "error" | "warning" | "note";

export type ConflictCitation = DimensionScore["conflicts"][number];

/** A finding about the whole document: a gap, a partial, or a score under its minimum. It has no passage. */
export interface DimensionFinding {
  kind: "dimension";
  file: string;
  dimension: DimensionScore;
  level: FindingLevel;
}

/** A passage that runs against a dimension: it has a place in the document. */
export interface ConflictFinding {
  kind: "conflict";
  file: string;
  dimension: DimensionScore;
  conflict: ConflictCitation;
  level: FindingLevel;
}

export type Finding = DimensionFinding | ConflictFinding;

/**
 * What CI annotates in one document, in policy order: each dimension that is not covered (or
 * fails anyway, by a per-dimension minimum) and each conflicting passage. The level follows
 * isDimensionFailing, so annotations and the exit code never disagree.
 */
export function ciFindings(report: DocumentReport, policy: PolicySummary, failPolicy: FailPolicy): Finding[] {
  return inPolicyOrder(report.dimensions, policy).flatMap((dimension) => [
    ...dimensionFinding(report.file, dimension, failPolicy),
    ...dimension.conflicts.map((conflict) => conflictFinding(report.file, dimension, conflict, failPolicy)),
  ]);
}

function dimensionFinding(file: string, dimension: DimensionScore, failPolicy: FailPolicy): DimensionFinding[] {
  // A conflict has findings of its own at its passage; here only the status and the score count.
  const failsByItself = isDimensionFailing({ ...dimension, conflict: false }, failPolicy);
  if (dimension.status === "covered" && !failsByItself) return [];
  return [{ kind: "dimension", file, dimension, level: dimensionLevel(dimension, failsByItself) }];
}

function dimensionLevel(dimension: DimensionScore, failing: boolean): FindingLevel {
  if (failing) return "error";
  if (dimension.accepted || dimension.status !== "gap") return "note";
  return "warning";
}

function conflictFinding(
  file: string,
  dimension: DimensionScore,
  conflict: ConflictCitation,
  failPolicy: FailPolicy,
): ConflictFinding {
  const level = isDimensionFailing(dimension, failPolicy) ? "error" : "warning";
  return { kind: "conflict", file, dimension, conflict, level };
}

/** Where a passage is, for annotations: 1-based, end column exclusive as SARIF counts it. */
export function regionOf(citation: Citation): { startLine: number; startColumn: number; endLine: number; endColumn: number } {
  return {
    startLine: Math.max(1, citation.start.line),
    startColumn: Math.max(1, citation.start.column),
    endLine: Math.max(1, citation.end.line),
    endColumn: Math.max(1, citation.end.column),
  };
}
