import type { DocumentWarning } from "../documents/document-warning.js";
import type { DimensionKind, Thresholds } from "../policy/types.js";
import type { Position, Span } from "../text/types.js";

export type Status = "covered" | "partial" | "gap";

/** A passage of the draft that supports (or contradicts) a finding. */
export interface Citation {
  label: string;
  span: Span;
  start: Position;
  end: Position;
  page?: number;
  /** Source paragraph (DOCX, PDF, HTML), counted from 1. */
  paragraph?: number;
  /** The passage's original text, trimmed to a readable length. */
  quote: string;
  /** Vocabulary (or contrary pattern) phrases found in the passage, as written in the policy. */
  terms: string[];
  /** The policy item this passage matches best: a lineamiento sub-item (L1.h) or the dimension itself. */
  policyRef: string;
  score: number;
}

/** Why a mention did not count: shown by --explain. */
export interface DiscardedMention {
  term: string;
  reason: "negated" | "exception" | "excluded-sense";
  cue: string;
  label: string;
  line: number;
}

/** The arithmetic behind a dimension score, for --explain and the JSON report. */
export interface ScoreExplanation {
  /** Evidence mass per cited passage, best first, before decay. */
  passageMasses: number[];
  /** Sum of the masses with decay applied. */
  evidence: number;
  /** Best TF-IDF cosine between a passage and the dimension's profile. */
  bestSimilarity: number;
  saturation: number;
  thresholds: Thresholds;
  discarded: DiscardedMention[];
}

export interface DimensionScore {
  id: string;
  kind: DimensionKind;
  title: string;
  score: number;
  status: Status;
  conflict: boolean;
  citations: Citation[];
  conflicts: Array<Citation & { pattern: string; description: string }>;
  explanation: ScoreExplanation;
  /** A gap the team accepts on purpose, with its reason: reported, never failing. */
  accepted?: { reason: string; source: "config" | "inline" };
}

export interface OverallScore {
  /** Mean of the dimension scores after the conflict factor. */
  score: number;
  terms: Array<{ id: string; score: number; conflict: boolean; counted: number }>;
  conflictFactor: number;
}

/** Everything found in one document. */
export interface DocumentReport {
  file: string;
  format: string;
  score: number;
  overall: OverallScore;
  passages: number;
  dimensions: DimensionScore[];
  warnings: DocumentWarning[];
}
