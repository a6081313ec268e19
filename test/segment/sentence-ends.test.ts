import { describe, expect, it } from "vitest";
import { isAbbreviationDot, MAX_PASSAGE_LENGTH, splitLongSpan } from "../../src/segment/sentence-ends.js";

const chunksOf = (text: string) => splitLongSpan(text, { start: 0, end: text.length }).map((s) => text.slice(s.start, s.end));

describe("isAbbreviationDot", () => {
  it.each([
    ["según el Art. 5", "Art."],
    ["los Arts. 5 y 6", "Arts."],
    ["el inc. b", "inc."],
    ["el D.S. N° 003", "D.S."],
    ["la núm. 4", "núm."],
    ["el Dr. Pérez", "Dr."],
    ["el Sr. Pérez", "Sr."],
    ["Pesquera S.A. Los socios", "S.A."],
    ["J. Pérez", "J."],
  ])("%s: the period of %s is not a sentence end", (text, word) => {
    expect(isAbbreviationDot(text, text.indexOf(word) + word.length - 1)).toBe(true);
  });

  it("a period after an ordinary word or a number is", () => {
    expect(isAbbreviationDot("la ley. El", 6)).toBe(false);
    expect(isAbbreviationDot("de 2014. El", 7)).toBe(false);
  });
});

describe("splitLongSpan", () => {
  it("returns a short span whole", () => {
    expect(chunksOf("Una oración. Otra oración.")).toEqual(["Una oración. Otra oración."]);
  });

  it("cuts at sentence ends, not after abbreviations or before lower-case words", () => {
    const sentence = "El Art. 5 del D.S. N° 003 rige, etc. y el Sr. J. Pérez lo cumple. ";
    const text = sentence.repeat(60).trim();
    const chunks = chunksOf(text);
    expect(chunks.length).toBeGreaterThan(2);
    for (const chunk of chunks) {
      expect(chunk.length).toBeLessThanOrEqual(MAX_PASSAGE_LENGTH);
      expect(chunk).toMatch(/^El Art\. 5[^]*lo cumple\.$/);
    }
    expect(chunks.join(" ")).toBe(text);
  });

  it("falls back to a space when a sentence is longer than a passage", () => {
    const text = "palabra ".repeat(500).trim();
    const chunks = chunksOf(text);
    expect(chunks.length).toBeGreaterThan(2);
    for (const chunk of chunks) expect(chunk).toMatch(/^palabra[^]*palabra$/);
    expect(chunks.join(" ")).toBe(text);
  });

  it("keeps a text without any space whole rather than cut a word", () => {
    const text = "x".repeat(4000);
    expect(chunksOf(text)).toEqual([text]);
  });
});
