import { InputError } from "../../errors.js";
import { toOneLine } from "../one-line.js";
import type { DocumentReader } from "../reader.js";
import { htmlToText } from "./html-to-text.js";
import { readZipDirectory, ZipFormatError } from "./zip-directory.js";
import { inflatedLimitFor, zipBombReason } from "./zip-limits.js";

const mainPart = "word/document.xml";

/**
 * Word documents through mammoth's HTML, so paragraphs, headings, list items and line breaks all
 * become line boundaries ("Artículo 5.-" begins its line). Mammoth does not expose the numbers Word
 * computes for automatic lists, so those items keep their text without a number.
 */
export const readDocx: DocumentReader = async (buffer, uri, options) => {
  const entries = guard(() => readZipDirectory(buffer), uri);
  if (!entries.some((entry) => entry.name === mainPart)) {
    throw new InputError(uri, `a zip archive but not a DOCX (no ${mainPart})`);
  }
  const bombReason = guard(() => zipBombReason(buffer, entries, inflatedLimitFor(options.maxBytes)), uri);
  if (bombReason) throw new InputError(uri, bombReason);
  return { uri, format: "docx", text: htmlToText(await convertToHtml(buffer, uri)), warnings: [] };
};

/** A broken zip structure is the user's "corrupt DOCX". */
function guard<T>(read: () => T, uri: string): T {
  try {
    return read();
  } catch (error) {
    if (error instanceof ZipFormatError) throw new InputError(uri, `corrupt DOCX: ${toOneLine(error.message)}`);
    throw error;
  }
}

async function convertToHtml(buffer: Buffer, uri: string): Promise<string> {
  const { default: mammoth } = await import("mammoth");
  // Images are never read: a placeholder converter keeps them packed and out of memory.
  const convertImage = mammoth.images.imgElement(async () => ({ src: "" }));
  try {
    return (await mammoth.convertToHtml({ buffer }, { convertImage, externalFileAccess: false })).value;
  } catch (error) {
    throw new InputError(uri, `corrupt DOCX: ${toOneLine(error instanceof Error ? error.message : String(error))}`);
  }
}
