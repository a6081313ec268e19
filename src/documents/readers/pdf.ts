import type { PDFDocumentProxy } from "unpdf/pdfjs";
import { InputError } from "../../errors.js";
import type { DocumentWarning } from "../document-warning.js";
import type { InputProblem } from "../input-problem.js";
import { toOneLine } from "../one-line.js";
import type { DocumentReader } from "../reader.js";
import type { PageStart, SourceDocument } from "../types.js";
import { inflatedLimitFor } from "./inflated-limit.js";
import { joinHyphenatedWords } from "./join-hyphenated-words.js";
import { joinPages } from "./join-pages.js";
import { removePageFurniture } from "./page-furniture.js";
import { pdfInflationProblem } from "./pdf-inflation.js";
import { pdfLines, type PdfLine } from "./pdf-lines.js";
import { paragraphStarts } from "./pdf-paragraphs.js";

/** Fewer letters per page than this, on average, is a scan with at most a stamp or a page number. */
const minLettersPerPage = 8;
/**
 * One page per this many bytes of the size limit (2,048 pages at 20 MB). pdf.js spends about 2 ms
 * on even an empty page: a 3 MB file of 20,000 pages took 79 s and 4 GB read all at once.
 */
const bytesPerAllowedPage = 10 * 1024;

/** A line of a page's body as the text will have it, and whether a paragraph starts there. */
interface BodyLine {
  text: string;
  startsParagraph: boolean;
}

/** PDFs through unpdf's bundled pdf.js (no worker thread, no network, no canvas). */
export const readPdf: DocumentReader = async (buffer, uri, options) => {
  const bomb = pdfInflationProblem(buffer, inflatedLimitFor(options.maxBytes));
  if (bomb) throw new InputError(uri, bomb);
  const maxPages = Math.max(1, Math.floor(options.maxBytes / bytesPerAllowedPage));
  const body = removePageFurniture(await extractPageLines(buffer, uri, maxPages));
  const starts = paragraphStarts(body);
  const lines = joinHyphenatedWords(
    body.map((page, p): BodyLine[] => page.map((line, i) => ({ text: line.text, startsParagraph: starts[p]?.[i] ?? false }))),
  );
  return toDocument(uri, lines);
};

function toDocument(uri: string, pages: readonly BodyLine[][]): SourceDocument {
  const pageTexts = pages.map((lines) => lines.map((line) => line.text).join("\n"));
  const letters = pageTexts.map(countLetters);
  const total = letters.reduce((sum, count) => sum + count, 0);
  if (total < minLettersPerPage * pageTexts.length) return { uri, format: "pdf", text: "", warnings: [{ code: "no-text-layer" }] };
  const blank = letters.flatMap((count, i) => (count === 0 ? [i + 1] : []));
  const warnings: DocumentWarning[] = blank.length > 0 ? [{ code: "blank-pages", pages: blank }] : [];
  const joined = joinPages(pageTexts);
  return { uri, format: "pdf", ...joined, paragraphs: paragraphOffsets(pages, joined.pages), warnings };
}

/** Where each paragraph starts in the joined text: its line's offset on its page. */
function paragraphOffsets(pages: readonly BodyLine[][], pageStarts: readonly PageStart[]): number[] {
  const offsets: number[] = [];
  pages.forEach((lines, p) => {
    let offset = pageStarts[p]?.offset ?? 0;
    for (const line of lines) {
      if (line.startsParagraph) offsets.push(offset);
      offset += line.text.length + 1;
    }
  });
  return offsets;
}

/** Pages asked of pdf.js at once: its answers come through message hops, so a few in flight overlap them. */
const pagesInFlight = 16;

async function extractPageLines(buffer: Buffer, uri: string, maxPages: number): Promise<PdfLine[][]> {
  const { getDocumentProxy } = await import("unpdf");
  let pdf: PDFDocumentProxy | undefined;
  try {
    // pdf.js takes ownership of (detaches) the array it is given: hand it a copy.
    pdf = await getDocumentProxy(new Uint8Array(buffer), { verbosity: 0 });
    if (pdf.numPages > maxPages) throw new InputError(uri, { code: "pdf-too-many-pages", pages: String(pdf.numPages), limit: String(maxPages) });
    return await allPageLines(pdf);
  } catch (error) {
    if (error instanceof InputError) throw error;
    throw new InputError(uri, pdfProblem(error));
  } finally {
    await pdf?.destroy();
  }
}

/** A few pages at a time, each page's resources released once its text is taken, so memory stays that of a few pages. */
async function allPageLines(pdf: PDFDocumentProxy): Promise<PdfLine[][]> {
  const pages: PdfLine[][] = [];
  for (let first = 1; first <= pdf.numPages; first += pagesInFlight) {
    const numbers = Array.from({ length: Math.min(pagesInFlight, pdf.numPages - first + 1) }, (_, i) => first + i);
    pages.push(...(await Promise.all(numbers.map((number) => pageLines(pdf, number)))));
  }
  return pages;
}

async function pageLines(pdf: PDFDocumentProxy, number: number): Promise<PdfLine[]> {
  const page = await pdf.getPage(number);
  const { items } = await page.getTextContent();
  page.cleanup();
  // Marked-content items carry no text; a text item's position is the last two numbers of its transform.
  const textItems = items.flatMap((item) => ("str" in item ? [{ str: item.str, x: item.transform[4], y: item.transform[5], width: item.width, hasEOL: item.hasEOL }] : []));
  return pdfLines(textItems);
}

function pdfProblem(error: unknown): InputProblem {
  const name = error instanceof Error ? error.name : "";
  if (name === "PasswordException") return { code: "encrypted-pdf" };
  return { code: "corrupt", format: "PDF", detail: toOneLine(error instanceof Error ? error.message : String(error)) };
}

/** Counted by runs (words), not letter by letter: matching each letter made an array as long as the page. */
function countLetters(text: string): number {
  let letters = 0;
  for (const run of text.matchAll(/\p{L}+/gu)) letters += run[0].length;
  return letters;
}
