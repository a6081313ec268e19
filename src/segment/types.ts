import type { Position, Span } from "../text/types.js";

export type PassageKind =
  | "preamble"
  | "considerando"
  | "article"
  | "numeral"
  | "literal"
  | "disposition"
  | "heading"
  | "paragraph";

/** A located unit of a draft: the smallest piece a citation can point at. */
export interface Passage {
  index: number;
  kind: PassageKind;
  /** Human label in Spanish: "Artículo 12, numeral 12.3", "Considerando 3", "Párrafo 4". */
  label: string;
  span: Span;
  start: Position;
  end: Position;
  /** PDF page the passage starts on, when known. */
  page?: number;
  /** 1-based index of the source paragraph the passage starts in (DOCX, PDF, HTML). */
  paragraph?: number;
}
