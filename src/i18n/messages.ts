import type { DocumentWarning } from "../documents/document-warning.js";
import type { InputProblem } from "../documents/input-problem.js";
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
  /** Abbreviation before the index of a source paragraph (DOCX, PDF, HTML). */
  paragraph: string;

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

  // CI and review formats: SARIF, GitHub annotations, JUnit, HTML
  /** Said of a finding about the whole document, which CI tools still need a line for. */
  documentLevel: string;
  couldNotCheck: string;
  /** A problem that did not stop the check. */
  documentWarning: (warning: DocumentWarning) => string;
  /** Why a document could not be read (a file error's text in every report). */
  inputProblem: (problem: InputProblem) => string;
  citationsHeading: string;
  /** GitHub shows only so many annotations per step; one line says how many were left out. */
  moreAnnotations: (count: number) => string;
  scoreChart: string;
  threshold: string;
  dimensionsHeading: string;
  citedPassagesHeading: string;
  /** The report keeps the cited passages, not the whole text: said above them. */
  citedPassagesNote: string;
  onlyIssues: string;
  /** Labels of the status counts in a document's header: "Brechas", "Parciales"… */
  statusCounts: Record<Status, string>;
  documentsHeading: string;
  /** Before the policy item a passage matches: "corresponde a L1.h". */
  matches: string;
  generatedBy: (tool: string) => string;

  // policylint diff OLD NEW
  /** Heading of the comparison. */
  diffHeading: string;
  gapClosed: string;
  gapOpened: string;
  /** A dimension (or the overall score) that fails in NEW and is worse than in OLD. */
  regression: string;
  gapsClosedHeading: string;
  gapsOpenedHeading: string;
  conflictsAddedHeading: string;
  conflictsRemovedHeading: string;
  regressionsHeading: string;
  /** An empty list of gaps or regressions. */
  noneItems: string;
  beforeColumn: string;
  afterColumn: string;

  // policylint policy validate | policy show | explain
  policyValid: (dimensions: number, lineamientos: number, items: number) => string;
  enfoques: string;
  principios: string;
  lineamientos: string;
  thresholdsLine: (partial: number, covered: number) => string;
  putIntoPractice: string;
  detectedBy: string;
  nearWithin: (within: number) => string;
  countsNegated: string;
  otherSenses: string;
  contraryProvisions: string;
  usedByDimensions: string;
  /** English title shown beside the Spanish one: "en: Human rights approach". */
  alsoTitled: string;
}
