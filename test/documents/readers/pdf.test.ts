import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { readPdf } from "../../../src/documents/readers/pdf.js";
import type { SourceDocument } from "../../../src/documents/types.js";
import { segmentDocument } from "../../../src/segment/segment-document.js";
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

  it.each([name, "decreto-seguido-libreoffice.pdf"])("gives the words of %s in order, exactly as LibreOffice exports its text", async (file) => {
    const { text } = await readFixture(file);
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

/** Each paragraph the reader found, its whitespace collapsed. */
function paragraphTexts(doc: SourceDocument): string[] {
  const starts = doc.paragraphs ?? [];
  return starts.map((start, i) => doc.text.slice(start, starts[i + 1]).replace(/\s+/g, " ").trim());
}

describe("readPdf's paragraphs, read from the layout", () => {
  const exported = readFileSync(documentFixture("sources/decreto-paginado-libreoffice.expected.txt"), "utf8");
  // LibreOffice's text export gives one paragraph per line.
  const exportedParagraphs = exported.split("\n").map((line) => line.replace(/\s+/g, " ").trim()).filter(Boolean);

  it.each([
    // Justified, with space between paragraphs and before headings.
    "decreto-paginado-libreoffice.pdf",
    // Ragged, on shorter pages, with no space at all: only line lengths and labels tell.
    "decreto-seguido-libreoffice.pdf",
  ])("are LibreOffice's own paragraphs in %s", async (name) => {
    const doc = await readFixture(name);
    expect(exportedParagraphs).toHaveLength(45);
    expect(paragraphTexts(doc)).toEqual(exportedParagraphs);
  });

  it("are the drafter's paragraphs in the hand-made PDF, across its page breaks", async () => {
    const doc = await readFixture("decreto-alineado.pdf");
    expect(paragraphTexts(doc).map((paragraph) => paragraph.split(" ").slice(0, 3).join(" "))).toEqual([
      "PROYECTO DE DECRETO", "Decreto Supremo que", "Artículo 1.- Objeto", "El presente Decreto",
      "Artículo 2.- Enfoques", "La aplicación del", "2.1 Enfoque de", "2.2 Enfoque de", "2.3 Enfoque intercultural:", "2.4 Enfoque de",
      "Artículo 3.- Acceso", "Las entidades públicas", "Artículo 4.- Refrendo", "El presente Decreto",
    ]);
  });

  it("give the passages of a PDF their paragraph as well as their page", async () => {
    const doc = await readFixture("decreto-seguido-libreoffice.pdf");
    const passages = segmentDocument(doc);
    const article6 = passages.find((passage) => passage.label === "Artículo 6");
    expect(article6).toMatchObject({ page: 2, paragraph: exportedParagraphs.indexOf("Artículo 6.- Trata de personas") + 1 });
  });
});

describe("readPdf on broken or textless PDFs", () => {
  it("returns a scan as an empty text with the OCR warning", async () => {
    expect(await readFixture("escaneado.pdf")).toEqual({ uri: "escaneado.pdf", format: "pdf", text: "", warnings: [{ code: "no-text-layer" }] });
  });

  it("refuses a PDF whose page would inflate to 256 MB before pdf.js inflates it", async () => {
    await expect(readFixture("bomba.pdf")).rejects.toThrow("bomba.pdf: the PDF's streams inflate to more than 200 MB (possible decompression bomb)");
  });

  it("allows one page per 10 KB of the size limit: twelve pages are read at 20 MB, refused at 100 KB", async () => {
    const doc = await readFixture("doce-paginas.pdf");
    expect(doc.pages).toHaveLength(12);
    await expect(readPdf(documentBytes("doce-paginas.pdf"), "doce.pdf", { maxBytes: 100 * 1024 })).rejects.toThrow(
      "doce.pdf: the PDF has 12 pages, more than 10 (one per 10 KB of --max-size)",
    );
  });

  it.each([
    ["decreto-alineado-cifrado.pdf", "decreto-alineado.pdf"],
    ["decreto-paginado-libreoffice-cifrado.pdf", "decreto-paginado-libreoffice.pdf"],
  ])("reads %s, encrypted with no password needed (AES-256 by qpdf, RC4 by LibreOffice), as its plain version", async (encrypted, plain) => {
    const [a, b] = await Promise.all([readFixture(encrypted), readFixture(plain)]);
    expect(a.text).toBe(b.text);
    expect(a.paragraphs).toEqual(b.paragraphs);
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
