import { describe, expect, it } from "vitest";
import type { InputProblem } from "../../src/documents/input-problem.js";
import { inputProblemEn } from "../../src/i18n/input-problem-text.js";
import { messagesFor } from "../../src/i18n/index.js";

const problems: InputProblem[] = [
  { code: "not-found" },
  { code: "file-not-found" },
  { code: "directory" },
  { code: "permission-denied" },
  { code: "file-system", detail: "EIO: i/o error" },
  { code: "too-large", limit: "20 MB" },
  { code: "not-claimed-format", format: "PDF" },
  { code: "unreadable-as", format: "html", detail: "boom" },
  { code: "binary" },
  { code: "no-text" },
  { code: "no-text-layer" },
  { code: "not-docx", part: "word/document.xml" },
  { code: "zip-too-large", limit: "200 MB" },
  { code: "zip-entry-too-large", entry: "word/document.xml", declared: "2.37 KB" },
  { code: "pdf-too-large", limit: "200 MB" },
  { code: "pdf-too-many-pages", pages: "20000", limit: "2048" },
  { code: "corrupt", format: "DOCX", detail: "end of central directory not found" },
  { code: "encrypted-pdf" },
];

describe("a document's problem in each language", () => {
  it("is said in English by the English catalogue, as in errors outside a report", () => {
    for (const problem of problems) expect(messagesFor("en").inputProblem(problem)).toBe(inputProblemEn(problem));
  });

  it("is said in Spanish by the Spanish catalogue, on one line, keeping the values and a library's own detail", () => {
    for (const problem of problems) {
      const es = messagesFor("es").inputProblem(problem);
      expect(es).not.toBe(inputProblemEn(problem));
      expect(es).not.toContain("\n");
      for (const value of Object.values(problem).slice(1)) expect(es).toContain(value);
    }
  });

  it("keeps the issue's words for a scan", () => {
    expect(messagesFor("es").inputProblem({ code: "no-text-layer" })).toBe("sin capa de texto: aplique OCR");
  });
});
