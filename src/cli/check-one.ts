import { checkDocument } from "../check-document.js";
import type { FoundDocument } from "../documents/find-documents.js";
import { readDocument, readDocumentFromBuffer } from "../documents/read-document.js";
import type { SourceDocument } from "../documents/types.js";
import { PolicylintError } from "../errors.js";
import type { CompiledPolicy } from "../match/compile-policy.js";
import type { DocumentError, DocumentResult } from "../report/types.js";

export interface CheckOneOptions {
  maxBytes: number;
  /** The bytes of standard input, when "-" was given. */
  stdin?: Buffer;
}

/** Reads and checks one document; any failure becomes a one-line error for that file, never a crash of the batch. */
export async function checkOne(compiled: CompiledPolicy, found: FoundDocument, options: CheckOneOptions): Promise<DocumentResult> {
  return checkSource(compiled, found, await readSource(found, options));
}

/** The document's text, or why it has none. */
export async function readSource(found: FoundDocument, options: CheckOneOptions): Promise<SourceDocument | DocumentError> {
  try {
    const source =
      found.path === "-"
        ? await readDocumentFromBuffer(options.stdin ?? Buffer.alloc(0), "-", { maxBytes: options.maxBytes })
        : await readDocument(found.path, { maxBytes: options.maxBytes, displayPath: found.display });
    if (source.text.trim() === "") {
      return { file: found.display, error: source.warnings[0] ?? "the document has no text" };
    }
    return source;
  } catch (error) {
    return documentError(found, error);
  }
}

export function checkSource(compiled: CompiledPolicy, found: FoundDocument, source: SourceDocument | DocumentError): DocumentResult {
  if ("error" in source) return source;
  try {
    return checkDocument(compiled, source);
  } catch (error) {
    return documentError(found, error);
  }
}

function documentError(found: FoundDocument, error: unknown): DocumentError {
  if (error instanceof PolicylintError) {
    const message = error.message.startsWith(`${found.display}: `) ? error.message.slice(found.display.length + 2) : error.message;
    return { file: found.display, error: message };
  }
  return { file: found.display, error: `internal error: ${(error as Error).message?.split("\n")[0] ?? String(error)}` };
}
