import { describe, expect, it } from "vitest";
import { quote, shortenQuote } from "../../src/formatters/quote.js";

describe("shortenQuote", () => {
  it("collapses whitespace and keeps a short text whole", () => {
    expect(shortenQuote("  El  Estado\n\tgarantiza  ")).toBe("El Estado garantiza");
  });

  it("drops control characters, such as a terminal escape", () => {
    expect(shortenQuote("rojo \u001b[31mfalso\u001b[0m")).toBe("rojo [31mfalso[0m");
  });

  it("keeps a text of exactly the limit", () => {
    const text = "a".repeat(160);
    expect(shortenQuote(text)).toBe(text);
  });

  it("cuts a long text at the last word boundary before the limit, with an ellipsis", () => {
    const text = "palabra ".repeat(30).trim();
    const short = shortenQuote(text, 50);
    expect(short).toBe(`${"palabra ".repeat(6).trim()}…`);
    expect(short.length).toBeLessThanOrEqual(51);
  });

  it("drops punctuation left dangling before the ellipsis", () => {
    expect(shortenQuote("uno, dos, tres, cuatro, cinco", 16)).toBe("uno, dos, tres…");
  });

  it("cuts one very long word mid-word rather than leaving nothing", () => {
    const url = `https://example.org/${"x".repeat(200)}`;
    expect(shortenQuote(`Ver ${url}`, 40)).toBe(`${`Ver ${url}`.slice(0, 40)}…`);
  });

  it("never leaves half of a surrogate pair", () => {
    const text = `${"a".repeat(39)}😀${"b".repeat(40)}`;
    expect(shortenQuote(text, 40)).toBe(`${"a".repeat(39)}…`);
  });
});

describe("quote", () => {
  it("wraps the shortened text in guillemets", () => {
    expect(quote("niñas,\n niños")).toBe("«niñas, niños»");
  });
});
