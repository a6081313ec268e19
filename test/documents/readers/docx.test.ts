import { describe, expect, it } from "vitest";
import { readDocx } from "../../../src/documents/readers/docx.js";
import { documentBytes, twentyMegabytes } from "../document-fixtures.js";

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
});
