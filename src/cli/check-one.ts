import { checkDocument } from "../check-document.js";
import type { FoundDocument } from "../documents/find-documents.js";
import { readDocument, readDocumentFromBuffer } from "../documents/read-document.js";
import type { SourceDocument } from "../documents/types.js";
import type { InputProblem } from "../documents/input-problem.js";
import { InputError, PolicylintError } from "../errors.js";
import { messagesFor, type Language } from "../i18n/index.js";
import type { CompiledPolicy } from "../match/compile-policy.js";
import type { DocumentError, DocumentResult } from "../report/types.js";

export interface CheckOneOptions {
  maxBytes: number;
  /** The language a file's problem is told in, as the rest of the report. */
  lang: Language;
  /** The bytes of standard input, when "-" was given. */
  stdin?: Buffer;
}

/** Reads and checks one document; any failure becomes a one-line error for that file, never a crash of the batch. */
export async function checkOne(compiled: CompiledPolicy, found: FoundDocument, options: CheckOneOptions): Promise<DocumentResult> {
  return checkSource(compiled, found, await readSource(found, options), options.lang);
}

/** The document's text, or why it has none. */
export async function readSource(found: FoundDocument, options: CheckOneOptions): Promise<SourceDocument | DocumentError> {
  try {
    const source =
      found.path === "-"
        ? await readDocumentFromBuffer(options.stdin ?? Buffer.alloc(0), "-", { maxBytes: options.maxBytes })
        : await readDocument(found.path, { maxBytes: options.maxBytes, displayPath: found.display });
    if (source.text.trim() === "") {
      // A PDF without a text layer is read as no text and a warning; it is this file's error.
      const problem: InputProblem = source.warnings.some((w) => w.code === "no-text-layer") ? { code: "no-text-layer" } : { code: "no-text" };
      return { file: found.display, error: messagesFor(options.lang).inputProblem(problem) };
    }
    return source;
  } catch (error) {
    return documentError(found, error, options.lang);
  }
}

export function checkSource(compiled: CompiledPolicy, found: FoundDocument, source: SourceDocument | DocumentError, lang: Language): DocumentResult {
  if ("error" in source) return source;
  try {
    return checkDocument(compiled, source);
  } catch (error) {
    return documentError(found, error, lang);
  }
}

function documentError(found: FoundDocument, error: unknown, lang: Language): DocumentError {
  if (error instanceof InputError) return { file: found.display, error: messagesFor(lang).inputProblem(error.problem) };
  if (error instanceof PolicylintError) {
    const message = error.message.startsWith(`${found.display}: `) ? error.message.slice(found.display.length + 2) : error.message;
    return { file: found.display, error: message };
  }
  return { file: found.display, error: `internal error: ${(error as Error).message?.split("\n")[0] ?? String(error)}` };
}
