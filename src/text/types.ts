/** Offsets into the original document text (UTF-16 code units, end exclusive): the one truth. */
export interface Span {
  start: number;
  end: number;
}

/** 1-based line and column, derived from a Span once. */
export interface Position {
  line: number;
  column: number;
}

/** A word of the original text, with the keys used for matching. */
export interface Token {
  /** Offsets of the word in the original text. */
  start: number;
  end: number;
  /** Lower-cased, accent-folded surface form ("migración" → "migracion"). */
  norm: string;
  /** Stemmed then folded form: the matching key ("migrantes" → "migrant"). */
  stem: string;
  /** True for a function word ignored by similarity (never for negation words). */
  isStopword: boolean;
  /**
   * Skipped by phrase matching: an article ("alojamiento en las estaciones" matches "alojamiento en
   * estaciones") or the repeat of an inclusive doublet ("niños, niñas", "las y los").
   */
  isSkippable: boolean;
  /** Index of the clause (text between . ; : and line-ending breaks) the token belongs to. */
  clause: number;
}
