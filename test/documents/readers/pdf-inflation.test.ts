import fc from "fast-check";
import { deflateSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { pdfInflationProblem } from "../../../src/documents/readers/pdf-inflation.js";
import { documentBytes } from "../document-fixtures.js";

const megabyte = 1024 * 1024;

/** One stream object with this dictionary body and data, as it sits in a PDF. */
function streamObject(n: number, dictionary: string, data: Buffer): Buffer {
  return Buffer.concat([Buffer.from(`${n} 0 obj\n<< /Length ${data.length} ${dictionary} >>\nstream\n`), data, Buffer.from("\nendstream\nendobj\n")]);
}

const spaces = (bytes: number) => Buffer.alloc(bytes, 0x20);
const pdfOf = (...objects: Buffer[]) => Buffer.concat([Buffer.from("%PDF-1.7\n"), ...objects, Buffer.from("%%EOF\n")]);

describe("pdfInflationProblem", () => {
  it("passes real PDFs: fonts and pages deflated, well within the limit", () => {
    for (const name of ["decreto-paginado-libreoffice.pdf", "decreto-seguido-libreoffice.pdf", "decreto-alineado.pdf", "escaneado.pdf"]) {
      expect(pdfInflationProblem(documentBytes(name), 200 * megabyte)).toBeUndefined();
    }
  });

  it("refuses the fixture whose page inflates to 256 MB through two FlateDecode layers", () => {
    expect(pdfInflationProblem(documentBytes("bomba.pdf"), 200 * megabyte)).toEqual({ code: "pdf-too-large", limit: "200 MB" });
  });

  it("measures a stream against the limit it is given", () => {
    const pdf = pdfOf(streamObject(4, "/Filter /FlateDecode", deflateSync(spaces(2 * megabyte))));
    expect(pdfInflationProblem(pdf, megabyte)).toEqual({ code: "pdf-too-large", limit: "1 MB" });
    expect(pdfInflationProblem(pdf, 3 * megabyte)).toBeUndefined();
  });

  it("adds up the streams of the whole file", () => {
    const stream = (n: number) => streamObject(n, "/Filter [/FlateDecode]", deflateSync(spaces(0.6 * megabyte)));
    expect(pdfInflationProblem(pdfOf(stream(4)), megabyte)).toBeUndefined();
    expect(pdfInflationProblem(pdfOf(stream(4), stream(5)), megabyte)).toMatchObject({ code: "pdf-too-large" });
  });

  it("counts a stream that calls itself an image: pdf.js would still read it as a page's content", () => {
    const pdf = pdfOf(streamObject(4, "/Type /XObject /Subtype /Image /Width 1 /Height 1 /Filter /FlateDecode", deflateSync(spaces(2 * megabyte))));
    expect(pdfInflationProblem(pdf, megabyte)).toMatchObject({ code: "pdf-too-large" });
  });

  it("reads the dictionary of a stream whole, nested dictionaries included", () => {
    const pdf = pdfOf(streamObject(4, "/DecodeParms << /Predictor 12 /Columns 4 >> /Filter /FlateDecode /Extra << /A << /B 1 >> >>", deflateSync(spaces(2 * megabyte))));
    expect(pdfInflationProblem(pdf, megabyte)).toMatchObject({ code: "pdf-too-large" });
  });

  it("leaves what zlib cannot read, and other filters, to pdf.js", () => {
    const garbage = streamObject(4, "/Filter /FlateDecode", Buffer.from("not deflate data at all"));
    const ascii85 = streamObject(5, "/Filter [/ASCII85Decode /FlateDecode]", Buffer.from("<~9jqo^~>"));
    const plain = streamObject(6, "", spaces(2 * megabyte));
    expect(pdfInflationProblem(pdfOf(garbage, ascii85, plain), megabyte)).toBeUndefined();
  });

  it("never throws on arbitrary bytes, nor on many stream keywords with no dictionary", () => {
    expect(pdfInflationProblem(Buffer.from(">> stream\n".repeat(100_000)), megabyte)).toBeUndefined();
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.constantFrom("<<", ">>", "stream\n", "endstream", "/Filter /FlateDecode", "[", "]"), fc.string()), { maxLength: 40 }), (parts) => {
        pdfInflationProblem(Buffer.from(parts.join(""), "latin1"), megabyte);
      }),
    );
  });
});
