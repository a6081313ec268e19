import type { Messages } from "./messages.js";

export const en: Messages = {
  language: "en",

  status: { covered: "covered", partial: "partial", gap: "gap" },
  kind: { enfoque: "approach", principio: "principle" },
  conflict: "conflict",
  accepted: "accepted",

  line: "line",
  lines: "lines",
  page: "p.",

  passages: (count) => (count === 1 ? "1 passage" : `${count} passages`),
  overallScore: "Overall score",
  overallMean: (dimensions) => `mean of ${dimensions} dimensions`,
  overallConflictWeight: (factor) => `those with a conflict weighted ${factor}`,
  warning: "warning",

  policySays: "What the policy says",
  closingLineamientos: "Guidelines that would close it",

  passageMasses: "passage masses, before decay",
  noPassages: "no passage",
  evidenceWithDecay: "evidence with decay",
  bestSimilarity: "best similarity",
  scoreFormula: "score = 1 − e^(−evidence / saturation)",
  thresholds: "thresholds",
  countedInOverall: "counts in the overall score",
  discarded: "discarded",
  discardReason: { negated: "negation", exception: "exception", "excluded-sense": "excluded sense" },

  summary: "Summary",
  files: (count) => (count === 1 ? "1 file" : `${count} files`),
  checked: (count) => `${count} checked`,
  errors: (count) => (count === 1 ? "1 error" : `${count} errors`),
  meanScore: "mean score",
  failing: (count) => (count === 1 ? "1 fails the thresholds" : `${count} fail the thresholds`),

  idColumn: "Id",
  dimensionColumn: "Dimension",
  statusColumn: "Status",
  scoreColumn: "Score",
  conflictColumn: "Conflict",
  gapsHeading: "Gaps",
  conflictsHeading: "Conflicts",
};
