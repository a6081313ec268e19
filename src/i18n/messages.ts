import type { DimensionKind } from "../policy/types.js";
import type { DiscardedMention, Status } from "../score/types.js";

/**
 * Every word a formatter prints, in one language. Numbers are formatted by the formatters
 * (2 decimals for people, 4 in data), so functions here take them ready to print.
 */
export interface Messages {
  // Language
  /** Which of the policy's titles to show: `title` (Spanish) or `titleEn`. */
  language: "es" | "en";

  // Findings
  status: Record<Status, string>;
  kind: Record<DimensionKind, string>;
  conflict: string;
  /** Label before the reason of a gap accepted on purpose. */
  accepted: string;

  // Locations of citations
  line: string;
  lines: string;
  /** Abbreviation before a page number. */
  page: string;

  // Document header
  passages: (count: number) => string;
  overallScore: string;
  /** "media de 16 dimensiones" */
  overallMean: (dimensions: number) => string;
  /** Said only when some dimension has a conflict. */
  overallConflictWeight: (factor: number) => string;
  warning: string;

  // Gaps
  policySays: string;
  closingLineamientos: string;

  // --explain
  passageMasses: string;
  noPassages: string;
  evidenceWithDecay: string;
  bestSimilarity: string;
  scoreFormula: string;
  thresholds: string;
  countedInOverall: string;
  discarded: string;
  discardReason: Record<DiscardedMention["reason"], string>;

  // Batch summary
  summary: string;
  files: (count: number) => string;
  checked: (count: number) => string;
  errors: (count: number) => string;
  meanScore: string;
  failing: (count: number) => string;

  // Markdown
  idColumn: string;
  dimensionColumn: string;
  statusColumn: string;
  scoreColumn: string;
  conflictColumn: string;
  gapsHeading: string;
  conflictsHeading: string;
}
