import { describe, expect, it } from "vitest";
import { inflatedLimitFor } from "../../../src/documents/readers/inflated-limit.js";
import { readZipDirectory, ZipFormatError } from "../../../src/documents/readers/zip-directory.js";
import { inputProblemEn } from "../../../src/i18n/input-problem-text.js";
import { zipBombProblem } from "../../../src/documents/readers/zip-limits.js";
import { documentBytes } from "../document-fixtures.js";

const megabyte = 1024 * 1024;

/** Just an end-of-central-directory record, with whatever it claims. */
function endOfDirectory({ entries, size, offset }: { entries: number; size: number; offset: number }): Buffer {
  const record = Buffer.alloc(22);
  record.writeUInt32LE(0x06054b50, 0);
  record.writeUInt16LE(entries, 8);
  record.writeUInt16LE(entries, 10);
  record.writeUInt32LE(size, 12);
  record.writeUInt32LE(offset, 16);
  return record;
}

describe("readZipDirectory", () => {
  it("lists the entries with their declared sizes", () => {
    const entries = readZipDirectory(documentBytes("decreto-alineado.docx"));
    expect(entries.map((e) => e.name)).toEqual(["[Content_Types].xml", "_rels/.rels", "word/document.xml"]);
    expect(entries.every((e) => e.method === 8 && e.uncompressedSize > e.compressedSize)).toBe(true);
  });

  it("reads the declared size of a bomb without inflating anything", () => {
    const document = readZipDirectory(documentBytes("bomba.docx")).find((e) => e.name === "word/document.xml");
    expect(document?.uncompressedSize).toBe(0xf0000000);
  });

  it.each([
    ["a truncated zip", documentBytes("corrupto.docx"), /no end of central directory/],
    ["an empty buffer", Buffer.alloc(0), /no end of central directory/],
    ["ZIP64", endOfDirectory({ entries: 0xffff, size: 0, offset: 0 }), /ZIP64/],
    ["a directory pointing past the file", endOfDirectory({ entries: 1, size: 46, offset: 0xffff }), /outside the file/],
  ])("refuses %s", (_, bytes, message) => {
    expect(() => readZipDirectory(bytes)).toThrow(ZipFormatError);
    expect(() => readZipDirectory(bytes)).toThrow(message);
  });
});

describe("inflatedLimitFor", () => {
  it.each([
    [1 * megabyte, 50 * megabyte],
    [4 * megabyte, 200 * megabyte],
    [20 * megabyte, 200 * megabyte],
  ])("%d bytes may inflate to %d", (maxBytes, limit) => {
    expect(inflatedLimitFor(maxBytes)).toBe(limit);
  });
});

describe("zipBombProblem", () => {
  it.each([
    ["decreto-alineado.docx", undefined],
    ["bomba.docx", "zip entries inflate to more than 200 MB (possible zip bomb)"],
    ["bomba-oculta.docx", /^word\/document\.xml inflates to more than its declared [\d.]+ KB \(possible zip bomb\)$/],
  ])("%s", (name, expected) => {
    const zip = documentBytes(name);
    const problem = zipBombProblem(zip, readZipDirectory(zip), 200 * megabyte);
    if (expected === undefined) expect(problem).toBeUndefined();
    else expect(problem && inputProblemEn(problem)).toMatch(expected);
  });

  it("accepts an entry that inflates to exactly its declared size", () => {
    const zip = documentBytes("decreto-alineado.docx");
    const entries = readZipDirectory(zip);
    expect(zipBombProblem(zip, entries, entries.reduce((sum, e) => sum + e.uncompressedSize, 0))).toBeUndefined();
  });
});
