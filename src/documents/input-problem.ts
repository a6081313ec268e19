/**
 * Why a document could not be read, as data: the reports say it in the run's language
 * (Messages.inputProblem), and `describeInputProblem` in English for errors outside a report.
 * `detail` is a library's own message, passed on as it is.
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
  | { code: "corrupt"; format: "DOCX" | "PDF"; detail: string }
  | { code: "encrypted-pdf" };

/** The problem in English: errors printed outside a report (`policylint text`, `diff`) and exceptions. */
export function describeInputProblem(problem: InputProblem): string {
  switch (problem.code) {
    case "not-found":
      return "no such file, folder or matching glob";
    case "file-not-found":
      return "file not found";
    case "directory":
      return "is a directory";
    case "permission-denied":
      return "permission denied";
    case "file-system":
      return `cannot read the file: ${problem.detail}`;
    case "too-large":
      return `file is larger than the ${problem.limit} limit (--max-size)`;
    case "not-claimed-format":
      return `not a ${problem.format} file: its content does not start like one`;
    case "unreadable-as":
      return `cannot read as ${problem.format}: ${problem.detail}`;
    case "binary":
      return "not a readable document: binary content";
    case "no-text":
      return "the document has no text";
    case "no-text-layer":
      return "no text layer: run OCR";
    case "not-docx":
      return `a zip archive but not a DOCX (no ${problem.part})`;
    case "zip-too-large":
      return `zip entries inflate to more than ${problem.limit} (possible zip bomb)`;
    case "zip-entry-too-large":
      return `${problem.entry} inflates to more than its declared ${problem.declared} (possible zip bomb)`;
    case "corrupt":
      return `corrupt ${problem.format}: ${problem.detail}`;
    case "encrypted-pdf":
      return "encrypted PDF (a password is needed to read it)";
  }
}
