import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { WordScanner } from "../../src/text/word-scanner.js";

interface Word {
  start: number;
  end: number;
}

/** What the scanner must agree with. */
const byRegex = (text: string): Word[] =>
  [...text.matchAll(/[\p{L}\p{N}][\p{L}\p{M}\p{N}]*/gu)].map((m) => ({ start: m.index, end: m.index + m[0].length }));

function scan(text: string): Array<Word & { hash: number }> {
  const words: Array<Word & { hash: number }> = [];
  for (const scanner = new WordScanner(text); scanner.next(); ) words.push({ start: scanner.start, end: scanner.end, hash: scanner.hash });
  return words;
}

const spans = (text: string): Word[] => scan(text).map(({ start, end }) => ({ start, end }));
const surfaces = (text: string) => scan(text).map((w) => text.slice(w.start, w.end));

describe("WordScanner", () => {
  it.each([
    ["empty text", ""],
    ["punctuation only", " .,;:¡!¿?—«»()[]- \n\t"],
    ["accents", "Migración, niñez y pingüinos."],
    ["NFD combining marks", "migracio\u0301n nin\u0303o"],
    ["a mark with no letter before it", "\u0301abc \u0301"],
    ["digits", "Artículo 12.3-b, año 2015"],
    ["non-Latin digits and letters", "٣٤ १२ Ωμέγα"],
    ["a lone high surrogate", "ab\ud835cd"],
    ["a lone low surrogate", "ab\udc00cd"],
    ["a lone surrogate at the very end", "ab\ud835"],
    ["astral letters", "𝐀𝐁 x𐐀y 𐐀"],
    ["an astral digit", "𝟏𝟐3"],
    ["an emoji between words", "a😀b"],
    ["no-break spaces", "los\u00a0migrantes"],
  ])("finds what the regex finds: %s", (_, text) => {
    expect(spans(text)).toEqual(byRegex(text));
  });

  it("agrees with the regex on every code point, between two letters", () => {
    const disagreeing: string[] = [];
    for (let code = 0; code <= 0x10ffff; code++) {
      const text = `a${String.fromCodePoint(code)}b`;
      if (JSON.stringify(spans(text)) !== JSON.stringify(byRegex(text))) disagreeing.push(code.toString(16));
    }
    expect(disagreeing).toEqual([]);
  });

  it("gives the words themselves, whole", () => {
    expect(surfaces("Artículo 12.3.- Los migrante\u0301s 𝐀𝐁.")).toEqual(["Artículo", "12", "3", "Los", "migrante\u0301s", "𝐀𝐁"]);
    expect(surfaces("ab\ud835cd")).toEqual(["ab", "cd"]);
    expect(surfaces("")).toEqual([]);
    expect(surfaces("... ¿? ")).toEqual([]);
  });

  it("stays exhausted once it has returned false", () => {
    const scanner = new WordScanner("uno");
    expect(scanner.next()).toBe(true);
    expect(scanner.next()).toBe(false);
    expect(scanner.next()).toBe(false);
  });

  it("gives equal words equal hashes, wherever they occur", () => {
    const text = "migración y, 𝐀migración; la migración. migraciones";
    const words = scan(text);
    const hashes = new Map<string, number>();
    for (const w of words) {
      const surface = text.slice(w.start, w.end);
      expect(hashes.get(surface) ?? w.hash).toBe(w.hash);
      hashes.set(surface, w.hash);
    }
    expect(hashes.get("migración")).not.toBe(hashes.get("migraciones"));
    // The hash depends on the word only, not on the text around it.
    expect(scan("migración")[0]?.hash).toBe(hashes.get("migración"));
  });
});

/** Any UTF-16 code unit, lone surrogates included. */
const codeUnit = fc.integer({ min: 0, max: 0xffff }).map((code) => String.fromCharCode(code));
const spanishPiece = fc.constantFrom(
  "a", "á", "é", "ñ", "Ñ", "ü", "Ú", "z", "\u0301", "\u0303", "\u0308", "0", "7", "٣", " ", "\u00a0", "\n", ".", ",", ";", "-", "¿", "¡", "«", "𝐀", "𐐀", "😀",
);
const texts = fc.oneof(
  fc.string({ unit: "grapheme", maxLength: 60 }),
  fc.string({ unit: "binary", maxLength: 60 }),
  fc.string({ unit: codeUnit, maxLength: 60 }),
  fc.string({ unit: spanishPiece, maxLength: 80 }),
);

describe("WordScanner on arbitrary text", () => {
  it("finds exactly the regex's words, with the same offsets", () => {
    fc.assert(
      fc.property(texts, (text) => {
        expect(spans(text)).toEqual(byRegex(text));
      }),
      { numRuns: 1000 },
    );
  });

  it("hashes a word the same as that word scanned alone", () => {
    fc.assert(
      fc.property(texts, (text) => {
        for (const w of scan(text)) expect(scan(text.slice(w.start, w.end))[0]?.hash).toBe(w.hash);
      }),
      { numRuns: 300 },
    );
  });
});
