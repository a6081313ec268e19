import { readFileSync, statSync } from "node:fs";
import { InputError } from "../errors.js";
import { claimedBinaryFormat, detectFormat } from "./detect-format.js";
import { formatBytes } from "./format-bytes.js";
import type { InputProblem } from "./input-problem.js";
import { toOneLine } from "./one-line.js";
import type { DocumentReader, ReadOptions } from "./reader.js";
import { readDocx } from "./readers/docx.js";
import { readHtml } from "./readers/html.js";
import { readPdf } from "./readers/pdf.js";
import { readMarkdown, readText } from "./readers/text.js";
import type { DocumentFormat, SourceDocument } from "./types.js";

export type { ReadOptions } from "./reader.js";

const readers: Record<DocumentFormat, DocumentReader> = {
  text: readText,
  markdown: readMarkdown,
  html: readHtml,
  docx: readDocx,
  pdf: readPdf,
};

/**
 * Reads a document from disk; the size is checked before a byte is read. The reads are synchronous:
 * the files of a batch are small and usually cached, and a thread-pool round trip for each step
 * (stat, open, read, close) cost more than the read itself (3–7% of a whole batch, measured).
 */
export async function readDocument(file: string, options: ReadOptions): Promise<SourceDocument> {
  const uri = options.displayPath ?? file;
  const buffer = readWithin(file, uri, options.maxBytes);
  return readDocumentFromBuffer(buffer, uri, options);
}

function readWithin(file: string, uri: string, maxBytes: number): Buffer {
  let info;
  try {
    info = statSync(file);
  } catch (error) {
    throw new InputError(uri, fileSystemProblem(error));
  }
  if (info.isDirectory()) throw new InputError(uri, { code: "directory" });
  if (info.size > maxBytes) throw new InputError(uri, tooLarge(maxBytes));
  try {
    return readFileSync(file);
  } catch (error) {
    throw new InputError(uri, fileSystemProblem(error));
  }
}

/** Reads bytes already in memory (standard input is "-"); `uri` also lends its extension to detection. */
export async function readDocumentFromBuffer(buffer: Buffer, uri: string, options: ReadOptions): Promise<SourceDocument> {
  if (buffer.length > options.maxBytes) throw new InputError(uri, tooLarge(options.maxBytes));
  const format = detectFormat(buffer, uri);
  const claimed = claimedBinaryFormat(uri);
  if (claimed && format !== "pdf" && format !== "docx") {
    throw new InputError(uri, { code: "not-claimed-format", format: claimed.toUpperCase() });
  }
  try {
    return await readers[format](buffer, uri, options);
  } catch (error) {
    if (error instanceof InputError) throw error;
    throw new InputError(uri, { code: "unreadable-as", format, detail: toOneLine(error instanceof Error ? error.message : String(error)) });
  }
}

function tooLarge(maxBytes: number): InputProblem {
  return { code: "too-large", limit: formatBytes(maxBytes) };
}

function fileSystemProblem(error: unknown): InputProblem {
  switch ((error as NodeJS.ErrnoException).code) {
    case "ENOENT":
    case "ENOTDIR":
      return { code: "file-not-found" };
    case "EISDIR":
      return { code: "directory" };
    case "EACCES":
    case "EPERM":
      return { code: "permission-denied" };
    default:
      return { code: "file-system", detail: toOneLine(error instanceof Error ? error.message : String(error)) };
  }
}
