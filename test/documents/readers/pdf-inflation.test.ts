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
    for (const name of ["decreto-paginado-libreoffice.pdf", "decreto-seguido-libreoffice.pdf", "decreto-alineado.pdf", "escaneado.pdf", "decreto-alineado-cifrado.pdf", "decreto-paginado-libreoffice-cifrado.pdf"]) {
      expect(pdfInflationProblem(documentBytes(name), 200 * megabyte)).toBeUndefined();
    }
  });

  it("refuses the fixture whose page inflates to 256 MB through two FlateDecode layers", () => {
    expect(pdfInflationProblem(documentBytes("bomba.pdf"), 200 * megabyte)).toEqual({ code: "pdf-too-large", limit: "200 MB" });
  });

  it.each(["rc4-40", "rc4-128", "aes128", "aes256"])("refuses it encrypted with %s, as pdf.js opens it without a password", (cipher) => {
    expect(pdfInflationProblem(documentBytes(`bomba-cifrada-${cipher}.pdf`), 200 * megabyte)).toEqual({ code: "pdf-too-large", limit: "200 MB" });
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

  it("leaves what it cannot decode, images and unfiltered data to pdf.js", () => {
    const garbage = streamObject(4, "/Filter /FlateDecode", Buffer.from("not deflate data at all"));
    const notDeflate = streamObject(5, "/Filter [/ASCII85Decode /FlateDecode]", Buffer.from("<~9jqo^~>"));
    const jpeg = streamObject(6, "/Subtype /Image /Filter /DCTDecode", spaces(2 * megabyte));
    const plain = streamObject(7, "", spaces(2 * megabyte));
    expect(pdfInflationProblem(pdfOf(garbage, notDeflate, jpeg, plain), megabyte)).toBeUndefined();
  });

  it.each([
    ["a short name", "/Filter /Fl"],
    ["an escaped name", "/Filter /Fl#61teDecode"],
    ["a filter array in another object", "/Filter 9 0 R"],
  ])("decodes a stream whose filter is given by %s, as pdf.js would", (_, dictionary) => {
    const filters = Buffer.from("9 0 obj\n[/FlateDecode]\nendobj\n");
    const pdf = pdfOf(filters, streamObject(4, dictionary, deflateSync(spaces(2 * megabyte))));
    expect(pdfInflationProblem(pdf, megabyte)).toMatchObject({ code: "pdf-too-large" });
  });

  it("counts the reading that decodes to most where a file gives a stream's filters twice", () => {
    const bomb = deflateSync(spaces(2 * megabyte));
    // The same key twice: a parser may keep either.
    expect(pdfInflationProblem(pdfOf(streamObject(4, "/Filter /DCTDecode /Filter /FlateDecode", bomb)), megabyte)).toMatchObject({ code: "pdf-too-large" });
    // Object 9 defined twice, once as a decoy after the real one.
    const definitions = Buffer.from("9 0 obj\n[/FlateDecode]\nendobj\n");
    const decoy = Buffer.from("9 0 obj\n/DCTDecode\nendobj\n");
    expect(pdfInflationProblem(pdfOf(definitions, streamObject(4, "/Filter 9 0 R", bomb), decoy), megabyte)).toMatchObject({ code: "pdf-too-large" });
  });

  it("reads a stream to its /Length, past the word endstream in its data, as pdf.js does", () => {
    // A stored (uncompressed) deflate block holding "endstream", then the bomb, in one zlib stream.
    const data = deflateSync(Buffer.concat([Buffer.from("endstream"), spaces(2 * megabyte)]), { level: 0 });
    expect(data.includes("endstream")).toBe(true);
    const stream = (dictionary: string) => Buffer.concat([Buffer.from(`4 0 obj\n<< ${dictionary} /Filter /FlateDecode >>\nstream\n`), data, Buffer.from("\nendstream\nendobj\n")]);
    expect(pdfInflationProblem(pdfOf(stream(`/Length ${data.length}`)), megabyte)).toMatchObject({ code: "pdf-too-large" });
    expect(pdfInflationProblem(pdfOf(Buffer.from(`9 0 obj\n${data.length}\nendobj\n`), stream("/Length 9 0 R")), megabyte)).toMatchObject({ code: "pdf-too-large" });
  });

  it("finds a filter named by an object packed in an object stream", () => {
    // Object 9, "[/FlateDecode]", inside a deflated object stream; the bomb names it by reference.
    const packed = Buffer.from("9 0 [/FlateDecode]");
    const objectStream = streamObject(8, `/Type /ObjStm /N 1 /First 4 /Filter /FlateDecode`, deflateSync(packed));
    const pdf = pdfOf(objectStream, streamObject(4, "/Filter 9 0 R", deflateSync(spaces(2 * megabyte))));
    expect(pdfInflationProblem(pdf, megabyte)).toMatchObject({ code: "pdf-too-large" });
  });

  it("decodes Flate data under an ASCII hex layer", () => {
    const hex = Buffer.from(`${deflateSync(spaces(2 * megabyte)).toString("hex")}>`);
    expect(pdfInflationProblem(pdfOf(streamObject(4, "/Filter [/ASCIIHexDecode /FlateDecode]", hex)), megabyte)).toMatchObject({ code: "pdf-too-large" });
  });

  it("counts run-length and LZW streams too", () => {
    // Each pair repeats a space 128 times: 9,000 pairs are 1.15 MB.
    const runs = Buffer.from(Array.from({ length: 9000 }, () => [129, 0x20]).flat());
    expect(pdfInflationProblem(pdfOf(streamObject(4, "/Filter /RunLengthDecode", runs)), megabyte)).toMatchObject({ code: "pdf-too-large" });
    // The PDF reference's example: "-----A---B", 10 bytes.
    const lzw = streamObject(4, "/Filter /LZWDecode", Buffer.from("800B6050220C0C8501", "hex"));
    expect(pdfInflationProblem(pdfOf(lzw), 9)).toMatchObject({ code: "pdf-too-large" });
    expect(pdfInflationProblem(pdfOf(lzw), 10)).toBeUndefined();
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

describe("pdfInflationProblem on damaged encrypted files", () => {
  it("never throws when bytes of an encrypted PDF are changed", () => {
    const files = ["bomba-cifrada-rc4-40.pdf", "bomba-cifrada-aes128.pdf", "bomba-cifrada-aes256.pdf", "decreto-alineado-cifrado.pdf"].map(documentBytes);
    fc.assert(
      fc.property(fc.constantFrom(...files), fc.array(fc.tuple(fc.nat(), fc.integer({ min: 0, max: 255 })), { maxLength: 20 }), (file, changes) => {
        const damaged = Buffer.from(file);
        for (const [at, byte] of changes) damaged[at % damaged.length] = byte;
        pdfInflationProblem(damaged, megabyte);
      }),
      { numRuns: 200 },
    );
  });

  it.each([
    ["an unsigned /P", "bomba-cifrada-rc4-128.pdf", "/P 4294967292"],
    ["a short /UE", "bomba-cifrada-aes256.pdf", "/UE <00>"],
    ["a 40-bit key for AES-128", "bomba-cifrada-aes128.pdf", "/Length 40"],
  ])("never throws on %s", (_, name, entry) => {
    const file = documentBytes(name).toString("latin1");
    // qpdf writes the /Encrypt dictionary's keys in order: these come after its /Filter /Standard.
    const at = file.indexOf("/Filter /Standard");
    const key = entry.split(" ")[0] as string;
    const damaged = file.slice(0, at) + file.slice(at).replace(new RegExp(`${key.replace("/", "\\/")} (?:<[0-9a-f]*>|-?\\d+)`), entry);
    expect(damaged).not.toBe(file);
    expect(() => pdfInflationProblem(Buffer.from(damaged, "latin1"), megabyte)).not.toThrow();
  });
});
