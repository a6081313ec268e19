export type DimensionKind = "enfoque" | "principio";
export type DimensionId = string;

/** A group of alternative phrases; any one of them counts as one occurrence of the group. */
export type PhraseGroup = string[];

/** Vocabulary entry: synonyms/variants of one idea, or phrases that must occur near each other. */
export interface VocabularyEntry {
  /** Alternatives written once each; inflection and accents are left to the normaliser. */
  terms?: PhraseGroup;
  /** Every group must occur within `within` tokens of each other, in the same passage. */
  near?: PhraseGroup[];
  within?: number;
  weight: number;
  /** The idea is itself about a prohibition ("discriminación"), so a negation cue before it does not cancel it. */
  ignoreNegation?: boolean;
}

/** A provision that runs against the dimension, e.g. prison for irregular entry. */
export interface ContraryPattern {
  id: string;
  near: PhraseGroup[];
  within: number;
  description: string;
}

export interface Thresholds {
  /** Minimum score for "partial" (below: gap). */
  partial: number;
  /** Minimum score for "covered". */
  covered: number;
}

export interface PolicyDimension {
  id: DimensionId;
  kind: DimensionKind;
  title: string;
  titleEn: string;
  /** The policy's own words, verbatim. */
  text: string;
  /** Lineamiento sub-items (L1.a…) that put the dimension into practice. */
  lineamientos: string[];
  vocabulary: VocabularyEntry[];
  /** Senses that look like the dimension but are not ("seguridad vial"). */
  exclude: string[];
  contrary: ContraryPattern[];
  thresholds: Thresholds;
}

export interface LineamientoItem {
  id: string;
  text: string;
}

export interface Lineamiento {
  id: string;
  text: string;
  items: LineamientoItem[];
}

export interface ScoringSettings {
  /** Weight of the TF-IDF cosine against the term evidence in a passage's score. */
  similarityWeight: number;
  /** Evidence mass at which a dimension's score reaches 1 − 1/e. */
  saturation: number;
  /** Factor applied to evidence found in preambles and considerandos. */
  preambleFactor: number;
  /** Decay applied to the 2nd, 3rd… best passage when adding up evidence. */
  passageDecay: number;
  /** Evidence given by a contrary pattern stated negatively ("no será sancionado penalmente por su ingreso irregular"). */
  negatedContraryWeight: number;
  /** Tokens after a negation or exception cue that it reaches, within its clause. */
  negationWindow: number;
  /** Score factor for a dimension with a conflict, in the overall score. */
  conflictFactor: number;
  citationsPerDimension: number;
}

/**
 * Words that show a text is about human mobility at all. The guideline scores unrelated texts 0
 * "unless a provision really expresses a dimension": in a document without them, evidence is damped.
 */
export interface MigrationContext {
  terms: string[];
  /** Mentions needed in the whole document for evidence to count in full. */
  minMentions: number;
  /** Factor applied to every passage's evidence in a document with fewer mentions. */
  factorWithout: number;
}

export interface PolicyMetadata {
  title: string;
  issuer: string;
  date: string;
  source: string;
  language: string;
}

export interface Policy {
  schemaVersion: 1;
  id: string;
  metadata: PolicyMetadata;
  scoring: ScoringSettings;
  context: MigrationContext;
  dimensions: PolicyDimension[];
  lineamientos: Lineamiento[];
}
