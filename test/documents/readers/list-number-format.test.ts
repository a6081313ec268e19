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

  // The expected words are LibreOffice's, for a Spanish DOCX (1–99 and 1–999 all matched when this was written).
  it("spells ordinals and cardinals in Spanish as office suites print them", () => {
    expect([1, 7, 10, 11, 18, 20, 21, 28, 31, 60, 99].map((n) => formatListNumber(n, "ordinalText"))).toEqual([
      "Primero", "Séptimo", "Décimo", "Decimoprimero", "Decimoctavo", "Vigésimo", "Vigesimoprimero", "Vigesimooctavo",
      "Trigésimo primero", "Sexagésimo", "Nonagésimo noveno",
    ]);
    expect([1, 16, 21, 22, 31, 100, 101, 115, 500, 999].map((n) => formatListNumber(n, "cardinalText"))).toEqual([
      "Uno", "Dieciséis", "Veintiuno", "Veintidós", "Treinta y uno", "Cien", "Ciento uno", "Ciento quince", "Quinientos",
      "Novecientos noventa y nueve",
    ]);
  });

  it("falls back to digits past the words it spells, and for other scripts", () => {
    expect(formatListNumber(100, "ordinalText")).toBe("100");
    expect(formatListNumber(1000, "cardinalText")).toBe("1000");
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
