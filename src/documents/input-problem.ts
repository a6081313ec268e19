/**
 * Why a document could not be read, as data: the reports say it in the run's language
 * (Messages.inputProblem), an InputError's message in English. `detail` is a library's own
 * message, passed on as it is.
 */
export type InputProblem =
  | { code: "not-found" }
  | { code: "file-not-found" }
  | { code: "directory" }
  | { code: "permission-denied" }
  | { code: "file-system"; detail: string }
  | { code: "too-large"; limit: string }
  | { code: "not-claimed-format"; format: string }
  | { code: "unreadable-as"; format: string; detail: string }
  | { code: "binary" }
  | { code: "no-text" }
  | { code: "no-text-layer" }
  | { code: "not-docx"; part: string }
  | { code: "zip-too-large"; limit: string }
  | { code: "zip-entry-too-large"; entry: string; declared: string }
  | { code: "pdf-too-large"; limit: string }
  | { code: "pdf-too-many-pages"; pages: string; limit: string }
  | { code: "corrupt"; format: "DOCX" | "PDF"; detail: string }
  | { code: "encrypted-pdf" };
