import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { readPdf } from "../../../src/documents/readers/pdf.js";
import type { SourceDocument } from "../../../src/documents/types.js";
import { documentBytes, documentFixture, twentyMegabytes } from "../document-fixtures.js";

const options = { maxBytes: twentyMegabytes };
const readFixture = (name: string) => readPdf(documentBytes(name), name, options);

function pageText(doc: SourceDocument, page: number): string {
  const pages = doc.pages ?? [];
  const start = pages[page - 1]?.offset ?? 0;
  const next = pages[page]?.offset;
  return doc.text.slice(start, next === undefined ? undefined : next - 2);
}

describe("readPdf on decreto-alineado.pdf", () => {
  it("records where each of the three pages starts", async () => {
    const doc = await readFixture("decreto-alineado.pdf");
    expect(doc.pages?.map((p) => p.page)).toEqual([1, 2, 3]);
    expect(pageText(doc, 1).startsWith("PROYECTO DE DECRETO SUPREMO")).toBe(true);
    expect(pageText(doc, 2).startsWith("Artículo 2.- Enfoques")).toBe(true);
    expect(pageText(doc, 3).startsWith("Artículo 3.- Acceso a servicios")).toBe(true);
    expect(doc.text.slice((doc.pages?.[1]?.offset ?? 0) - 2, doc.pages?.[1]?.offset)).toBe("\n\n");
  });

  it("drops the running header and the page numbers", async () => {
    const { text } = await readFixture("decreto-alineado.pdf");
    expect(text).not.toContain("Documento de trabajo");
    expect(text).not.toMatch(/Página \d/);
    expect(text).toMatch(/^Artículo 4\.- Refrendo$/m);
  });

  it("joins the word hyphenated across a line break", async () => {
    const { text } = await readFixture("decreto-alineado.pdf");
    expect(text).toContain("en el contexto de la migración\ninternacional.");
    expect(text).not.toContain("migra-");
  });

  it("keeps Spanish letters from the WinAnsi font", async () => {
    const { text } = await readFixture("decreto-alineado.pdf");
    expect(text).toContain("2.4 Enfoque de niños, niñas y adolescentes: se prioriza el interés superior del niño.");
  });
});

describe("readPdf on a PDF printed by LibreOffice", () => {
  // Three pages with embedded fonts, justified lines (pdf.js gives each word as its own item), a
  // running header, "Página N" footers and a list whose labels stand at a tab stop.
  const name = "decreto-paginado-libreoffice.pdf";
  const words = (text: string) => text.split(/\s+/).filter(Boolean);

  it("gives the document's words in order, exactly as LibreOffice exports its text", async () => {
    const { text } = await readFixture(name);
    const exported = readFileSync(documentFixture("sources/decreto-paginado-libreoffice.expected.txt"), "utf8");
    expect(words(text)).toEqual(words(exported));
  });

  it("drops the running header and the page numbers of all three pages", async () => {
    const doc = await readFixture(name);
    expect(doc.pages?.map((p) => p.page)).toEqual([1, 2, 3]);
    expect(doc.text).not.toContain("Documento de trabajo");
    expect(doc.text).not.toMatch(/Página/);
    expect(pageText(doc, 2).startsWith("Artículo 5.- Niñas, niños y adolescentes")).toBe(true);
  });

  it("keeps a space between a list label and its text, so the literal is found", async () => {
    const { text } = await readFixture(name);
    expect(text).toMatch(/^a\) Enfoque de derechos humanos: /m);
    expect(text).toMatch(/^c\) Enfoque intercultural: /m);
  });
});

describe("readPdf on broken or textless PDFs", () => {
  it("returns a scan as an empty text with the OCR warning", async () => {
    expect(await readFixture("escaneado.pdf")).toEqual({ uri: "escaneado.pdf", format: "pdf", text: "", warnings: [{ code: "no-text-layer" }] });
  });

  it("refuses an encrypted PDF", async () => {
    await expect(readFixture("cifrado.pdf")).rejects.toThrow("cifrado.pdf: encrypted PDF (a password is needed to read it)");
  });

  it.each([
    ["garbage after the header", Buffer.from("%PDF-1.4\nnada de objetos aquí")],
    ["a truncated file", documentBytes("decreto-alineado.pdf").subarray(0, 300)],
  ])("refuses %s with one line", async (_, bytes) => {
    await expect(readPdf(bytes, "roto.pdf", options)).rejects.toThrow(/^roto\.pdf: corrupt PDF: [^\n]+$/);
  });

  it("does not detach the caller's buffer", async () => {
    const bytes = documentBytes("decreto-alineado.pdf");
    await readPdf(bytes, "d.pdf", options);
    expect(bytes.subarray(0, 5).toString()).toBe("%PDF-");
  });
});
