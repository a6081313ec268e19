import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { TokenBuffer } from "../../src/text/token-buffer.js";
import { tokensWithin, type LocatedWords } from "../../src/text/tokens-within.js";
import type { WordKeys } from "../../src/text/word-keys.js";
import { WordScanner } from "../../src/text/word-scanner.js";

const keys = (norm: string): WordKeys => ({
  norm,
  stem: norm,
  stemId: -1,
  isStopword: false,
  isArticle: ["el", "la", "los", "las"].includes(norm),
  isConjunction: ["y", "o", "e", "u"].includes(norm),
  startsWithNumber: /^\d/.test(norm),
  isNumber: /^\d+$/.test(norm),
});

describe("TokenBuffer", () => {
  it("grows past its initial capacity and keeps every pushed value", () => {
    const buffer = new TokenBuffer(0);
    const n = 1000;
    const pushed = Array.from({ length: n }, (_, i) => keys(`w${i}`));
    pushed.forEach((k, i) => buffer.push(10 * i, 10 * i + 3, i >> 4, k));
    const tokens = buffer.finish();
    expect(tokens.length).toBe(n);
    expect([...tokens.start]).toEqual(pushed.map((_, i) => 10 * i));
    expect([...tokens.end]).toEqual(pushed.map((_, i) => 10 * i + 3));
    expect([...tokens.clause]).toEqual(pushed.map((_, i) => i >> 4));
    expect(tokens.keys).toHaveLength(n);
    tokens.keys.forEach((k, i) => expect(k).toBe(pushed[i]));
  });

  it.each([0, 1, 16, 17, 100])("finish() gives arrays of exactly length (expected %i, 17 pushed)", (expected) => {
    const buffer = new TokenBuffer(expected);
    for (let i = 0; i < 17; i++) buffer.push(i, i + 1, 0, keys("x"));
    const tokens = buffer.finish();
    for (const array of [tokens.start, tokens.end, tokens.clause, tokens.skippable, tokens.keys]) expect(array).toHaveLength(17);
  });

  it("gives empty arrays when nothing was pushed", () => {
    const tokens = new TokenBuffer(50).finish();
    expect(tokens.length).toBe(0);
    for (const array of [tokens.start, tokens.end, tokens.clause, tokens.skippable, tokens.keys]) expect(array).toHaveLength(0);
  });

  it("marks article keys skippable, and nothing else", () => {
    const buffer = new TokenBuffer(2);
    const words = ["los", "derechos", "de", "la", "persona", "el", "12"];
    words.forEach((word, i) => buffer.push(i, i + 1, 0, keys(word)));
    expect([...buffer.finish().skippable]).toEqual([1, 0, 0, 1, 0, 1, 0]);
  });
});

/** Words as the scanner finds them, in the shape tokensWithin takes. */
function locate(text: string): LocatedWords {
  const start: number[] = [];
  const end: number[] = [];
  for (const scanner = new WordScanner(text); scanner.next(); ) {
    start.push(scanner.start);
    end.push(scanner.end);
  }
  return { length: start.length, start: Int32Array.from(start), end: Int32Array.from(end) };
}

/** The obvious answer: every word lying wholly inside the span. */
function bruteForce(words: LocatedWords, span: { start: number; end: number }): number[] {
  const inside: number[] = [];
  for (let i = 0; i < words.length; i++) if (words.start[i]! >= span.start && words.end[i]! <= span.end) inside.push(i);
  return inside;
}

const range = ({ from, to }: { from: number; to: number }) => Array.from({ length: to - from }, (_, i) => from + i);

describe("tokensWithin", () => {
  //            0    5    10   15   20
  const text = "uno dos tres cuatro";
  const words = locate(text);

  it.each([
    ["the whole text", 0, 19, [0, 1, 2, 3]],
    ["exactly one word", 4, 7, [1]],
    ["a span at the start", 0, 3, [0]],
    ["a span at the end", 13, 19, [3]],
    ["a span past the end", 13, 40, [3]],
    ["an empty span between words", 3, 3, []],
    ["an empty span inside a word", 5, 5, []],
    ["an empty span at the end of the text", 19, 19, []],
    ["a span cutting into the first word", 1, 12, [1, 2]],
    ["a span cutting into the last word", 4, 15, [1, 2]],
    ["a span cutting through both ends", 5, 10, []],
    ["a span within one word", 14, 17, []],
  ])("%s", (_, start, end, expected) => {
    const run = tokensWithin(words, { start, end });
    expect(range(run)).toEqual(expected);
    expect(range(run)).toEqual(bruteForce(words, { start, end }));
  });

  it("finds nothing in a text with no words", () => {
    expect(tokensWithin(locate(" ... "), { start: 0, end: 5 })).toEqual({ from: 0, to: 0 });
  });

  it("gives the run of words wholly inside any span, as a brute-force filter does", () => {
    const textAndSpan = fc
      .string({ unit: fc.constantFrom("a", "ñ", "1", " ", ".", "\n", "\u0301"), maxLength: 60 })
      .chain((text) =>
        fc.tuple(fc.constant(text), fc.nat({ max: text.length + 2 }), fc.nat({ max: text.length + 2 })),
      )
      .map(([text, a, b]) => ({ text, span: { start: Math.min(a, b), end: Math.max(a, b) } }));
    fc.assert(
      fc.property(textAndSpan, ({ text, span }) => {
        const words = locate(text);
        const run = tokensWithin(words, span);
        expect(range(run)).toEqual(bruteForce(words, span));
      }),
      { numRuns: 1000 },
    );
  });
});
