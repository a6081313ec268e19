import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { quotePassage } from "../../src/score/quote-passage.js";

/** What a quote is by definition: the whole passage collapsed, then shortened at a space. */
function reference(text: string, span: { start: number; end: number }, maxLength: number): string {
  const collapsed = text.slice(span.start, span.end).replace(/\s+/g, " ").trim();
  if (collapsed.length <= maxLength) return collapsed;
  const cut = collapsed.lastIndexOf(" ", maxLength);
  return `${collapsed.slice(0, cut > maxLength / 2 ? cut : maxLength)}…`;
}

describe("quotePassage", () => {
  it("collapses whitespace and cuts a long passage at a space, with an ellipsis", () => {
    const text = `Artículo 1.-\n\n  Los   derechos ${"de las personas migrantes ".repeat(40)}`;
    const quote = quotePassage(text, { start: 0, end: text.length });
    expect(quote.startsWith("Artículo 1.- Los derechos de las")).toBe(true);
    expect(quote.endsWith("…")).toBe(true);
    expect(quote.length).toBeLessThanOrEqual(601);
    expect(quote).not.toMatch(/\s{2}/);
  });

  it("is the same as collapsing the whole passage, whatever its whitespace", () => {
    const piece = fc.constantFrom("a", "palabra", " ", "  ", "\n", "\n\n", "\t", " \t", "\f", "\u00a0", "\u2003", "\r\n", "x".repeat(50), " ".repeat(300));
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 400 }), fc.nat(), fc.nat(), fc.integer({ min: 4, max: 120 }), (parts, a, b, maxLength) => {
        const text = parts.join("");
        const start = text.length ? a % text.length : 0;
        const end = start + (text.length - start ? b % (text.length - start + 1) : 0);
        expect(quotePassage(text, { start, end }, maxLength)).toBe(reference(text, { start, end }, maxLength));
      }),
      { numRuns: 2000 },
    );
  });
});
