import { describe, expect, it } from "vitest";
import type { DocumentWarning } from "../../src/documents/document-warning.js";
import { messagesFor } from "../../src/i18n/index.js";

const cases: Array<[DocumentWarning, string, string]> = [
  [{ code: "no-text-layer" }, "sin capa de texto: aplique OCR", "no text layer: run OCR"],
  [{ code: "blank-pages", pages: [3] }, "sin capa de texto en la página 3: aplique OCR", "no text layer on page 3: run OCR"],
  [{ code: "blank-pages", pages: [2, 5] }, "sin capa de texto en las páginas 2, 5: aplique OCR", "no text layer on pages 2, 5: run OCR"],
  [{ code: "numbering-unread", detail: "Unexpected close tag" }, "numeración automática no reconstruida: Unexpected close tag", "automatic numbering not rebuilt: Unexpected close tag"],
  [{ code: "numbering-stopped", paragraph: "b) el acceso" }, "numeración automática no reconstruida desde el párrafo «b) el acceso»", "automatic numbering not rebuilt from the paragraph «b) el acceso» on"],
  [{ code: "accept-without-dimension", line: 4 }, "línea 4: policylint-disable sin dimensión: ignorado", "line 4: policylint-disable without a dimension: ignored"],
  [{ code: "accept-without-reason", line: 3, dimensions: ["E4", "P6"] }, "línea 3: policylint-disable E4, P6 sin motivo: ignorado", "line 3: policylint-disable E4, P6 without a reason: ignored"],
  [{ code: "accept-unknown-dimension", line: 1, dimension: "X9" }, "línea 1: policylint-disable X9: la política no tiene esa dimensión: ignorado", "line 1: policylint-disable X9: the policy has no such dimension: ignored"],
];

describe("a document warning in each language", () => {
  it.each(cases)("%j", (warning, es, en) => {
    expect(messagesFor("es").documentWarning(warning)).toBe(es);
    expect(messagesFor("en").documentWarning(warning)).toBe(en);
  });
});
