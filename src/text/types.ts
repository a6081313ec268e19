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
