import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { readDocument, readDocumentFromBuffer } from "../../src/documents/read-document.js";
import { InputError } from "../../src/errors.js";
import { defaultOptions, documentBytes, documentFixture } from "./document-fixtures.js";

async function inputErrorOf(read: Promise<unknown>): Promise<InputError> {
  const error = await read.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(InputError);
  return error as InputError;
}

describe("readDocument on the fixtures", () => {
  it.each([
    { name: "decreto-alineado.docx", format: "docx" },
    { name: "decreto-alineado.pdf", format: "pdf" },
    { name: "pagina.html", format: "html" },
    { name: "latin1.txt", format: "text" },
    { name: "crlf-bom.txt", format: "text" },
  ])("$name is read as $format, with the display path as uri", async ({ name, format }) => {
    const doc = await readDocument(documentFixture(name), { ...defaultOptions, displayPath: `fixtures/documents/${name}` });
    expect(doc.format).toBe(format);
    expect(doc.uri).toBe(`fixtures/documents/${name}`);
    expect(doc.text).toMatch(/^Artículo 1\.- Objeto\r?$/m);
    expect(doc.warnings).toEqual([]);
  });

  it.each([
    { name: "binario.txt", reason: "not a readable document: binary content" },
    { name: "corrupto.docx", reason: /^corrupt DOCX: .*truncated/ },
    { name: "bomba.docx", reason: "zip entries inflate to more than 200 MB (possible zip bomb)" },
    { name: "bomba-oculta.docx", reason: /^word\/document\.xml inflates to more than its declared .* \(possible zip bomb\)$/ },
    { name: "no-es-docx.docx", reason: "a zip archive but not a DOCX (no word/document.xml)" },
    { name: "cifrado.pdf", reason: /^encrypted PDF/ },
    { name: "bomba.pdf", reason: "the PDF's streams inflate to more than 200 MB (possible decompression bomb)" },
    { name: "no-existe.txt", reason: "file not found" },
  ])("$name fails with one line naming the file", async ({ name, reason }) => {
    const error = await inputErrorOf(readDocument(documentFixture(name), { ...defaultOptions, displayPath: name }));
    expect(error.file).toBe(name);
    expect(error.reason).toMatch(reason);
    expect(error.message).toBe(`${name}: ${error.reason}`);
    expect(error.message).not.toContain("\n");
  });

  it("returns a scanned PDF with no text and the OCR warning, not an error", async () => {
    const doc = await readDocument(documentFixture("escaneado.pdf"), defaultOptions);
    expect(doc.text).toBe("");
    expect(doc.warnings).toEqual([{ code: "no-text-layer" }]);
  });

  it("uses the file path as uri when no display path is given", async () => {
    const file = documentFixture("crlf-bom.txt");
    expect((await readDocument(file, defaultOptions)).uri).toBe(file);
  });

  it("refuses a folder", async () => {
    const error = await inputErrorOf(readDocument(documentFixture(""), { ...defaultOptions, displayPath: "docs" }));
    expect(error.message).toBe("docs: is a directory");
  });

  it("refuses a file over the limit before reading it", async () => {
    const error = await inputErrorOf(readDocument(documentFixture("decreto-alineado.pdf"), { maxBytes: 1024, displayPath: "d.pdf" }));
    expect(error.message).toBe("d.pdf: file is larger than the 1 KB limit (--max-size)");
  });
});

describe("readDocumentFromBuffer", () => {
  it("lets magic bytes win over a misleading extension", async () => {
    const doc = await readDocumentFromBuffer(documentBytes("decreto-alineado.pdf"), "informe.txt", defaultOptions);
    expect(doc.format).toBe("pdf");
    expect(doc.pages).toHaveLength(3);
  });

  it("reads a DOCX named .pdf as the DOCX it is", async () => {
    expect((await readDocumentFromBuffer(documentBytes("decreto-alineado.docx"), "x.pdf", defaultOptions)).format).toBe("docx");
  });

  it("refuses a text file that claims to be a PDF", async () => {
    const error = await inputErrorOf(readDocumentFromBuffer(Buffer.from("Artículo 1.- Objeto"), "x.pdf", defaultOptions));
    expect(error.reason).toBe("not a PDF file: its content does not start like one");
  });

  it("reads standard input by content alone", async () => {
    const doc = await readDocumentFromBuffer(Buffer.from("# Artículo 1.- Objeto\n"), "-", defaultOptions);
    expect(doc).toEqual({ uri: "-", format: "text", text: "# Artículo 1.- Objeto\n", warnings: [] });
  });

  it("reads .md files as markdown, keeping the markup", async () => {
    const doc = await readDocumentFromBuffer(Buffer.from("**Artículo 5.-** Vigencia"), "borrador.md", defaultOptions);
    expect(doc).toMatchObject({ format: "markdown", text: "**Artículo 5.-** Vigencia" });
  });

  it("applies the size limit to standard input too", async () => {
    const error = await inputErrorOf(readDocumentFromBuffer(Buffer.alloc(2048, 0x61), "-", { maxBytes: 2000 }));
    expect(error.message).toBe("-: file is larger than the 1.95 KB limit (--max-size)");
  });

  it("turns a corrupt PDF into a one-line InputError", async () => {
    const error = await inputErrorOf(readDocumentFromBuffer(Buffer.from("%PDF-1.7\n\x00\x01 basura sin estructura"), "roto.pdf", defaultOptions));
    expect(error.reason).toMatch(/^corrupt PDF: /);
    expect(error.message).not.toContain("\n");
  });

  it("reads an empty file as an empty text", async () => {
    expect((await readDocumentFromBuffer(Buffer.alloc(0), "vacio.txt", defaultOptions)).text).toBe("");
  });
});

describe("readDocument through the file system", () => {
  it("reads a PDF saved with a .txt name as a PDF", async () => {
    const dir = mkdtempSync(path.join(tmpdir(), "policylint-documents-"));
    const file = path.join(dir, "decreto.txt");
    writeFileSync(file, documentBytes("decreto-alineado.pdf"));
    expect((await readDocument(file, defaultOptions)).format).toBe("pdf");
  });
});
