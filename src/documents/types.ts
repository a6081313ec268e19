import type { DocumentWarning } from "./document-warning.js";

export type DocumentFormat = "text" | "markdown" | "docx" | "pdf" | "html";

/** Where a PDF page starts in the extracted text. */
export interface PageStart {
  page: number;
  offset: number;
}

/** A document as read: its extracted text is what every later stage points into. */
export interface SourceDocument {
  /** Display path, relative to the working folder where possible; "-" for stdin. */
  uri: string;
  format: DocumentFormat;
  text: string;
  /** Page starts in `text`, for paged formats (PDF). */
  pages?: PageStart[];
  /** Where each paragraph of the source starts in `text`, ascending (DOCX, PDF, HTML: a Word paragraph, one read from a PDF's layout, a block). */
  paragraphs?: number[];
  /** Problems that do not stop the check (e.g. a PDF without a text layer). */
  warnings: DocumentWarning[];
}
