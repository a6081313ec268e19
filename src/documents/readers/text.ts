import { InputError } from "../../errors.js";
import type { DocumentReader } from "../reader.js";
import type { SourceDocument } from "../types.js";
import { decodeText } from "./decode-text.js";

/** Plain text, kept as decoded (CRLF included) so offsets are those of the file's characters. */
export const readText: DocumentReader = async (buffer, uri) => textDocument(buffer, uri, "text");

/** Markdown is read as text: the segmenter understands `**Artículo 5.-**` and `##### Artículo 5` itself. */
export const readMarkdown: DocumentReader = async (buffer, uri) => textDocument(buffer, uri, "markdown");

function textDocument(buffer: Buffer, uri: string, format: "text" | "markdown"): SourceDocument {
  const text = decodeText(buffer);
  if (text === null) throw new InputError(uri, { code: "binary" });
  return { uri, format, text, warnings: [] };
}
