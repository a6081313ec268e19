import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { formatListNumber } from "../../../src/documents/readers/list-number-format.js";

describe("formatListNumber", () => {
  it("writes Word's letters, romans and padded digits", () => {
    expect([1, 2, 26, 27, 28, 53].map((n) => formatListNumber(n, "lowerLetter"))).toEqual(["a", "b", "z", "aa", "bb", "aaa"]);
    expect(formatListNumber(3, "upperLetter")).toBe("C");
    expect([1, 4, 9, 14, 40, 1994].map((n) => formatListNumber(n, "lowerRoman"))).toEqual(["i", "iv", "ix", "xiv", "xl", "mcmxciv"]);
    expect(formatListNumber(12, "upperRoman")).toBe("XII");
    expect(formatListNumber(7, "decimalZero")).toBe("07");
    expect(formatListNumber(3, "ordinal")).toBe("3º");
    expect(formatListNumber(5, "none")).toBe("");
  });

  it("falls back to digits for formats that spell numbers out", () => {
    expect(formatListNumber(5, "ordinalText")).toBe("5");
    expect(formatListNumber(5, "japaneseCounting")).toBe("5");
  });

  it("gives one repeated letter per round of the alphabet, for any count", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 10_000 }), (n) => {
        const text = formatListNumber(n, "lowerLetter");
        expect(text).toMatch(/^([a-z])\1*$/);
        expect(text.length).toBe(Math.ceil(n / 26));
        expect(text.charCodeAt(0) - 97).toBe((n - 1) % 26);
      }),
    );
  });
});
