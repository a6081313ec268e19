import type { DocumentReport } from "../score/types.js";
import { findInlineAccepts } from "./find-inline-accepts.js";

/** A gap accepted on purpose, from the config or from a marker in the draft. */
export interface GapAcceptance {
  dimension: string;
  reason: string;
  source: "config" | "inline";
}

/**
 * Marks gaps and partials as accepted. A conflict is never accepted: it says the draft contradicts
 * the policy, which no reason written in advance can cover. The first acceptance of a dimension wins,
 * so inline markers, applied while checking, stand over the config's.
 */
export function acceptGaps(report: DocumentReport, acceptances: readonly GapAcceptance[]): DocumentReport {
  if (acceptances.length === 0) return report;
  const dimensions = report.dimensions.map((dimension) => {
    if (dimension.accepted || dimension.conflict || dimension.status === "covered") return dimension;
    const acceptance = acceptances.find((a) => a.dimension === dimension.id);
    return acceptance ? { ...dimension, accepted: { reason: acceptance.reason, source: acceptance.source } } : dimension;
  });
  return { ...report, dimensions };
}

/** Applies the draft's own `policylint-disable` markers, and warns about those it ignores. */
export function acceptInlineGaps(report: DocumentReport, text: string): DocumentReport {
  const { acceptances, warnings } = findInlineAccepts(text, report.dimensions.map((d) => d.id));
  const accepted = acceptGaps(report, acceptances);
  return warnings.length ? { ...accepted, warnings: [...accepted.warnings, ...warnings] } : accepted;
}
