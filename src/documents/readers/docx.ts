import { InputError } from "../../errors.js";
import type { DocumentWarning } from "../document-warning.js";
import { toOneLine } from "../one-line.js";
import type { DocumentReader } from "../reader.js";
import type { MammothTransforms } from "./docx-list-numbers.js";
import { htmlToParagraphs } from "./html-to-text.js";
import { inflatedLimitFor } from "./inflated-limit.js";
import type { ParagraphLabel } from "./paragraph-labels.js";
import { readZipDirectory, ZipFormatError } from "./zip-directory.js";
import { zipBombProblem } from "./zip-limits.js";

const mainPart = "word/document.xml";

/**
 * Word documents through mammoth's HTML, so paragraphs, headings, list items and line breaks all
 * become line boundaries ("Artículo 5.-" begins its line). Mammoth does not compute the numbers of
 * Word's automatic lists; they are computed here from the list definitions and written back at
 * the start of their paragraphs, so an auto-numbered "Artículo 5.-" or "b)" is still found.
 */
export const readDocx: DocumentReader = async (buffer, uri, options) => {
  const entries = guard(() => readZipDirectory(buffer), uri);
  if (!entries.some((entry) => entry.name === mainPart)) {
    throw new InputError(uri, { code: "not-docx", part: mainPart });
  }
  const bomb = guard(() => zipBombProblem(buffer, entries, inflatedLimitFor(options.maxBytes)), uri);
  if (bomb) throw new InputError(uri, bomb);
  // Loaded only when a .docx is seen.
  const [{ default: mammoth }, listNumbers] = await Promise.all([import("mammoth"), import("./docx-list-numbers.js")]);
  const warnings: DocumentWarning[] = [];
  const labels = readLabels(() => listNumbers.readListNumbers(buffer, entries), warnings);
  const transforms = (mammoth as unknown as { transforms: MammothTransforms }).transforms;
  const onMismatch = (text: string) => warnings.push({ code: "numbering-stopped", paragraph: excerpt(text) });
  const transformDocument = labels && listNumbers.numberListParagraphs(labels, transforms, onMismatch);
  // Images are never read: a placeholder converter keeps them packed and out of memory.
  const convertImage = mammoth.images.imgElement(async () => ({ src: "" }));
  try {
    const html = await mammoth.convertToHtml({ buffer }, { convertImage, externalFileAccess: false, ...(transformDocument ? { transformDocument } : {}) });
    return { uri, format: "docx", ...htmlToParagraphs(html.value), warnings };
  } catch (error) {
    throw new InputError(uri, { code: "corrupt", format: "DOCX", detail: toOneLine(error instanceof Error ? error.message : String(error)) });
  }
};

/** List numbers are a help, not a condition: a document they cannot be worked out for is still read, with a warning. */
function readLabels(read: () => ParagraphLabel[] | undefined, warnings: DocumentWarning[]): ParagraphLabel[] | undefined {
  try {
    return read();
  } catch (error) {
    warnings.push({ code: "numbering-unread", detail: toOneLine(error instanceof Error ? error.message : String(error)) });
    return undefined;
  }
}

/** A broken zip structure is the user's "corrupt DOCX". */
function guard<T>(read: () => T, uri: string): T {
  try {
    return read();
  } catch (error) {
    if (error instanceof ZipFormatError) throw new InputError(uri, { code: "corrupt", format: "DOCX", detail: toOneLine(error.message) });
    throw error;
  }
}

function excerpt(text: string): string {
  const line = toOneLine(text).trim();
  return line.length > 60 ? `${line.slice(0, 60)}…` : line;
}
