import { inflateSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { emptyPasswordDecryption } from "../../../src/documents/readers/pdf-decryption.js";
import { dictionaryAt, pdfStringAt } from "../../../src/documents/readers/pdf-syntax.js";
import { documentBytes } from "../document-fixtures.js";

/** The fixture's /Encrypt dictionary and first /ID, and its page content stream with its object number. */
function parts(name: string) {
  const bytes = documentBytes(name);
  const text = bytes.toString("latin1");
  const [, number, generation] = /\/Encrypt\s+(\d+)\s+(\d+)\s+R/.exec(text) ?? [];
  const object = new RegExp(`(?:^|\\s)${number}\\s+${generation}\\s+obj\\s*`).exec(text);
  const encrypt = dictionaryAt(text, (object?.index ?? 0) + (object?.[0].length ?? 0), 4096) ?? "";
  const id = /\/ID\s*\[\s*/.exec(text);
  const firstId = pdfStringAt(text, (id?.index ?? 0) + (id?.[0].length ?? 0));
  const stream = /(\d+)\s+(\d+)\s+obj\s*<<[^>]*\/Filter\s*\[\s*\/FlateDecode\s*\/FlateDecode\s*\][^>]*>>\s*stream\r?\n/.exec(text);
  const start = (stream?.index ?? 0) + (stream?.[0].length ?? 0);
  return { encrypt, firstId, number: Number(stream?.[1]), generation: Number(stream?.[2]), data: bytes.subarray(start, text.indexOf("endstream", start)) };
}

describe("emptyPasswordDecryption", () => {
  it.each(["rc4-40", "rc4-128", "aes128", "aes256"])("decrypts the page of bomba-cifrada-%s.pdf (qpdf) to the bomb's own zlib data", (cipher) => {
    const { encrypt, firstId, number, generation, data } = parts(`bomba-cifrada-${cipher}.pdf`);
    const decrypt = emptyPasswordDecryption(encrypt, firstId);
    expect(decrypt).toBeDefined();
    const plain = decrypt?.(number, generation, data) ?? new Uint8Array(0);
    // Two deflate layers: the first inflates to the second, whose first bytes inflate to the page's operators.
    const inner = inflateSync(plain);
    expect(inflateSync(inner.subarray(0, 1024), { finishFlush: 2 }).toString("latin1")).toMatch(/^BT \/F1 9 Tf/);
  });

  it("gives nothing for a handler other than the standard one, or for streams left in the clear", () => {
    expect(emptyPasswordDecryption("<< /Filter /Adobe.PubSec /V 4 /R 4 >>", Buffer.alloc(16))).toBeUndefined();
    const identity = "<< /Filter /Standard /V 4 /R 4 /StmF /Identity /StrF /Identity /O <00> /U <00> /P -4 >>";
    expect(emptyPasswordDecryption(identity, Buffer.alloc(16))).toBeUndefined();
  });
});

describe("pdfStringAt", () => {
  it.each([
    ["<48656c6c6f>", "Hello"],
    ["<4 8 6>", "H`"],
    ["(Hello)", "Hello"],
    ["(a\\(b\\)c (nested) \\\\ \\101\\n)", "a(b)c (nested) \\ A\n"],
    ["(line\\\ncontinued)", "linecontinued"],
  ])("reads %s", (source, expected) => {
    expect(pdfStringAt(source, 0).toString("latin1")).toBe(expected);
  });
});
