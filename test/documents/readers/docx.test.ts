import { readFileSync } from "node:fs";
import mammoth from "mammoth";
import { describe, expect, it } from "vitest";
import { numberListParagraphs, type MammothTransforms } from "../../../src/documents/readers/docx-list-numbers.js";
import { readDocx } from "../../../src/documents/readers/docx.js";
import { segmentDocument } from "../../../src/segment/segment-document.js";
import { documentBytes, documentFixture, twentyMegabytes } from "../document-fixtures.js";

const options = { maxBytes: twentyMegabytes };

describe("readDocx", () => {
  it("gives one paragraph per line, separated by blank lines, articles at line starts", async () => {
    const doc = await readDocx(documentBytes("decreto-alineado.docx"), "d.docx", options);
    expect(doc.format).toBe("docx");
    expect(doc.text).toMatch(/^Artículo 2\.- Enfoques$/m);
    expect(doc.text).toContain("\n\nArtículo 2.- Enfoques\n\nLa aplicación del presente Decreto Supremo");
    expect(doc.text).toMatch(/^2\.1 Enfoque de derechos humanos/m);
    expect(doc.text).toMatch(/^2\.4 Enfoque de niños, niñas y adolescentes/m);
    expect(doc.text).toContain("género");
    expect(doc.text).toContain("interculturalidad");
  });

  it("reports XML that mammoth cannot parse as a corrupt DOCX, on one line", async () => {
    const read = readDocx(documentBytes("xml-roto.docx"), "x.docx", options);
    await expect(read).rejects.toThrow(/^x\.docx: corrupt DOCX: [^\n]+$/);
  });

  it("scales the inflation limit with --max-size", async () => {
    const read = readDocx(documentBytes("decreto-alineado.docx"), "d.docx", { maxBytes: 32 });
    await expect(read).rejects.toThrow("d.docx: zip entries inflate to more than 1.56 KB (possible zip bomb)");
  });

  it("writes the numbers of Word's automatic lists back: styled article headings, literals, restarts, nested items", async () => {
    const doc = await readDocx(documentBytes("decreto-numeracion-automatica.docx"), "n.docx", options);
    const lines = doc.text.split("\n").filter((line) => line !== "");
    expect(lines.filter((line) => /^Artículo \d/.test(line))).toEqual([
      "Artículo 1.- Objeto",
      "Artículo 2.- Enfoques",
      "Artículo 3.- Acceso a servicios",
      "Artículo 4.- Refrendo",
    ]);
    expect(lines.map((line) => /^([a-z]+[).])/.exec(line)?.[1]).filter(Boolean)).toEqual(["a)", "b)", "i.", "ii.", "c)", "a)", "b)", "c)"]);
    // A bulleted item has no number; a deleted paragraph mark joins two paragraphs, as mammoth reads them.
    expect(lines).toContain("en todos los niveles;");
    expect(lines).toContain("Las entidades públicas garantizan, cualquiera sea la situación migratoria de las personas migrantes:");
    expect(doc.warnings).toEqual([]);
  });

  it("finds the numbers LibreOffice shows for a DOCX it wrote (outline-numbered headings, lists restarted, nested)", async () => {
    const doc = await readDocx(documentBytes("decreto-numerado-libreoffice.docx"), "lo.docx", options);
    const shown = readFileSync(documentFixture("sources/decreto-numerado-libreoffice.expected.txt"), "utf8");
    const lines = (text: string) => text.split("\n").map((line) => line.trim()).filter((line) => line !== "");
    expect(lines(doc.text)).toEqual(lines(shown));
    expect(doc.warnings).toEqual([]);
  });

  it("spells list numbers in words as LibreOffice shows them for a Spanish DOCX, and cites each article by that name", async () => {
    const doc = await readDocx(documentBytes("decreto-numeracion-en-letras.docx"), "l.docx", options);
    const shown = readFileSync(documentFixture("sources/decreto-numeracion-en-letras.expected.txt"), "utf8");
    const lines = (text: string) => text.split("\n").map((line) => line.trim()).filter((line) => line !== "");
    expect(lines(doc.text)).toEqual(lines(shown));
    const articles = [...new Set(segmentDocument(doc).map((p) => p.label.split(",")[0] as string))].filter((label) => label.startsWith("Artículo"));
    expect(articles).toHaveLength(31);
    expect(articles).toEqual(lines(shown).filter((line) => line.startsWith("Artículo")).map((line) => line.replace(/\.-.*/, "").replace(/ (\p{Ll})/u, (_, c: string) => ` ${c.toUpperCase()}`)));
    expect(doc.warnings).toEqual([]);
  });

  it("counts Word's paragraphs, so a citation can give the one it starts in", async () => {
    const doc = await readDocx(documentBytes("decreto-numeracion-automatica.docx"), "n.docx", options);
    const starts = (doc.paragraphs ?? []).map((offset) => doc.text.slice(offset).split("\n")[0]);
    // 20 paragraphs in the file, one of them joined to the next by a tracked deletion of its mark.
    expect(starts).toHaveLength(19);
    expect(starts[16]).toBe("c) el acceso a la justicia.");
    expect(starts).toContain("en todos los niveles;");
  });

  it("reads a document without list definitions as before", async () => {
    const doc = await readDocx(documentBytes("decreto-alineado.docx"), "d.docx", options);
    expect(doc.warnings).toEqual([]);
    expect(doc.text).not.toMatch(/^[a-z]\) /m);
  });
});

describe("numberListParagraphs", () => {
  const transforms = (mammoth as unknown as { transforms: MammothTransforms }).transforms;
  const paragraph = (text: string) => ({ type: "paragraph", children: [{ type: "run", children: [{ type: "text", value: text }] }] });
  const document = (...texts: string[]) => ({ type: "document", children: texts.map(paragraph) });
  const textsOf = (element: ReturnType<typeof document>) =>
    element.children.map((p) => transforms.getDescendantsOfType(p, "text").map((t) => t.value).join(""));

  it("puts each number before the paragraph it was computed for", () => {
    const mismatches: string[] = [];
    const transform = numberListParagraphs([{ text: "uno" }, { text: "dos", label: "a)" }], transforms, (t) => mismatches.push(t));
    expect(textsOf(transform(document("uno", "dos")) as ReturnType<typeof document>)).toEqual(["uno", "a) dos"]);
    expect(mismatches).toEqual([]);
  });

  it("stops numbering at the first paragraph whose text differs, and says which", () => {
    const mismatches: string[] = [];
    const labels = [{ text: "uno", label: "a)" }, { text: "otro", label: "b)" }, { text: "tres", label: "c)" }];
    const transform = numberListParagraphs(labels, transforms, (t) => mismatches.push(t));
    expect(textsOf(transform(document("uno", "dos", "tres")) as ReturnType<typeof document>)).toEqual(["a) uno", "dos", "tres"]);
    expect(mismatches).toEqual(["dos"]);
  });

  it("compares letters and digits only: symbols and spacing mammoth writes differently do not count", () => {
    const transform = numberListParagraphs([{ text: "el  acceso\t— a la salud", label: "a)" }], transforms, () => {
      throw new Error("no mismatch expected");
    });
    expect(textsOf(transform(document("el acceso – a la salud")) as ReturnType<typeof document>)).toEqual(["a) el acceso – a la salud"]);
  });
});
