import { readFile, stat } from "node:fs";
import { promisify } from "node:util";
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

// The callback API, not fs/promises: a FileHandle and a promise per step cost more than the read
// itself for the small files of a batch.
const statFile = promisify(stat);
const readWholeFile = promisify(readFile);

/** Reads a document from disk; the size is checked before a byte is read. */
export async function readDocument(file: string, options: ReadOptions): Promise<SourceDocument> {
  const uri = options.displayPath ?? file;
  const info = await statFile(file).catch((error: unknown) => {
    throw new InputError(uri, fileSystemProblem(error));
  });
  if (info.isDirectory()) throw new InputError(uri, { code: "directory" });
  if (info.size > options.maxBytes) throw new InputError(uri, tooLarge(options.maxBytes));
  const buffer = await readWholeFile(file).catch((error: unknown) => {
    throw new InputError(uri, fileSystemProblem(error));
  });
  return readDocumentFromBuffer(buffer, uri, options);
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
