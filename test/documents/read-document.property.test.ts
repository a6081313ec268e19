import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { readDocumentFromBuffer } from "../../src/documents/read-document.js";
import { InputError } from "../../src/errors.js";

/** Arbitrary bytes, some behind a signature so the PDF, DOCX and HTML readers get garbage too. */
const signatures = ["", "%PDF-1.4\n", "PK\x03\x04", "<!doctype html>", "\ufeff", "\xff\xfe"];
const documentBytes = fc
  .tuple(fc.constantFrom(...signatures), fc.uint8Array({ maxLength: 400 }))
  .map(([signature, rest]) => Buffer.concat([Buffer.from(signature, "latin1"), rest]));

describe("readDocumentFromBuffer on arbitrary bytes", () => {
  it("returns a document or throws a one-line InputError, nothing else", async () => {
    await fc.assert(
      fc.asyncProperty(documentBytes, fc.constantFrom("-", "a.txt", "a.md", "a.html", "a.pdf", "a.docx"), async (bytes, name) => {
        try {
          const doc = await readDocumentFromBuffer(bytes, name, { maxBytes: 1 << 20 });
          expect(typeof doc.text).toBe("string");
        } catch (error) {
          expect(error).toBeInstanceOf(InputError);
          expect((error as InputError).message).not.toContain("\n");
        }
      }),
      { numRuns: 300 },
    );
  });
});
