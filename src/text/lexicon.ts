/** Language data the matcher needs besides the policy: cues, stopwords and background IDF. */
export interface Lexicon {
  negation: string[];
  exception: string[];
  /** Verbs that oppose what follows: they turn a contrary provision into an affirmation, but leave vocabulary alone. */
  opposition: string[];
  notNegation: string[];
  abbreviations: string[];
  stopwords: string[];
  /** Inverse document frequency per stem, from a background of normative texts (not the checked document). */
  idf: Record<string, number>;
  /** IDF given to stems the background never saw. */
  unknownIdf: number;
}
