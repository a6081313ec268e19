import { InputError } from "../../errors.js";
import type { DocumentWarning } from "../document-warning.js";
import type { InputProblem } from "../input-problem.js";
import { toOneLine } from "../one-line.js";
import type { DocumentReader } from "../reader.js";
import type { SourceDocument } from "../types.js";
import { joinHyphenatedWords } from "./join-hyphenated-words.js";
import { joinPages } from "./join-pages.js";
import { removePageFurniture } from "./page-furniture.js";

/** Fewer letters per page than this, on average, is a scan with at most a stamp or a page number. */
const minLettersPerPage = 8;

/** PDFs through unpdf's bundled pdf.js (no worker thread, no network, no canvas). */
export const readPdf: DocumentReader = async (buffer, uri) => {
  const rawPages = await extractPageTexts(buffer, uri);
  const lines = joinHyphenatedWords(removePageFurniture(rawPages.map(toLines)));
  const pageTexts = lines.map((page) => page.join("\n"));
  return toDocument(uri, pageTexts);
};

function toDocument(uri: string, pageTexts: string[]): SourceDocument {
  const letters = pageTexts.map(countLetters);
  const total = letters.reduce((sum, count) => sum + count, 0);
  if (total < minLettersPerPage * pageTexts.length) return { uri, format: "pdf", text: "", warnings: [{ code: "no-text-layer" }] };
  const blank = letters.flatMap((count, i) => (count === 0 ? [i + 1] : []));
  const warnings: DocumentWarning[] = blank.length > 0 ? [{ code: "blank-pages", pages: blank }] : [];
  return { uri, format: "pdf", ...joinPages(pageTexts), warnings };
}

async function extractPageTexts(buffer: Buffer, uri: string): Promise<string[]> {
  const { getDocumentProxy, extractText } = await import("unpdf");
  let pdf: Awaited<ReturnType<typeof getDocumentProxy>> | undefined;
  try {
    // pdf.js takes ownership of (detaches) the array it is given: hand it a copy.
    pdf = await getDocumentProxy(new Uint8Array(buffer), { verbosity: 0 });
    return (await extractText(pdf, { mergePages: false })).text;
  } catch (error) {
    throw new InputError(uri, pdfProblem(error));
  } finally {
    await pdf?.destroy();
  }
}

function pdfProblem(error: unknown): InputProblem {
  const name = error instanceof Error ? error.name : "";
  if (name === "PasswordException") return { code: "encrypted-pdf" };
  return { code: "corrupt", format: "PDF", detail: toOneLine(error instanceof Error ? error.message : String(error)) };
}

/** pdf.js separates items with runs of spaces; lines are compared and joined trimmed. */
function toLines(pageText: string): string[] {
  return pageText.split("\n").map((line) => line.replace(/\s+/g, " ").trim());
}

function countLetters(text: string): number {
  return text.match(/\p{L}/gu)?.length ?? 0;
}
