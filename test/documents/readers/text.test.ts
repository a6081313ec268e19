import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { InputError } from "../../../src/errors.js";
import { readText } from "../../../src/documents/readers/text.js";
import { documentBytes } from "../document-fixtures.js";

const options = { maxBytes: 1024 * 1024 };

describe("readText", () => {
  it("decodes a Windows-1252 file: ñ, á and curly quotes", async () => {
    const { text } = await readText(documentBytes("latin1.txt"), "latin1.txt", options);
    expect(text).toContain("La niña y el niño migrantes reciben atención.");
    expect(text).toContain("el “enfoque de género”");
  });

  it("drops the UTF-8 BOM and keeps CRLF as in the file", async () => {
    const bytes = documentBytes("crlf-bom.txt");
    const { text } = await readText(bytes, "crlf-bom.txt", options);
    expect(text.startsWith("Artículo 1.- Objeto\r\n")).toBe(true);
    expect(text).toBe(bytes.subarray(3).toString("utf8"));
  });

  it("reads UTF-16 with a BOM (Word's \"Unicode text\")", async () => {
    const bytes = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from("Artículo 1.- Niñas\r\n", "utf16le")]);
    expect((await readText(bytes, "u.txt", options)).text).toBe("Artículo 1.- Niñas\r\n");
  });

  it.each([
    ["NUL bytes", documentBytes("binario.txt")],
    ["control characters without NULs", Buffer.from("\x01\x02\x03\x04 texto \x05\x06\x07\x08")],
  ])("refuses %s as binary", async (_, bytes) => {
    await expect(readText(bytes, "b.txt", options)).rejects.toThrow("b.txt: not a readable document: binary content");
  });

  it("tolerates a stray control character in a long text", async () => {
    const bytes = Buffer.from(`${"Se garantiza el derecho a la identidad. ".repeat(10)}\x1a`);
    expect((await readText(bytes, "dos.txt", options)).text.endsWith("\x1a")).toBe(true);
  });

  it("throws nothing but InputError on arbitrary bytes", async () => {
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ maxLength: 512 }), async (bytes) => {
        try {
          const doc = await readText(Buffer.from(bytes), "x.txt", options);
          expect(typeof doc.text).toBe("string");
        } catch (error) {
          expect(error).toBeInstanceOf(InputError);
        }
      }),
      { numRuns: 500 },
    );
  });
});
