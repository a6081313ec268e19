import { describe, expect, it } from "vitest";
import { WordScanner } from "../../src/text/word-scanner.js";
import { WordTable } from "../../src/text/word-table.js";

/** The hash WordScanner gives a word, as tokenize passes it to the table. */
function hashOf(word: string): number {
  const scanner = new WordScanner(word);
  if (!scanner.next() || scanner.end !== word.length) throw new Error(`not one word: ${word}`);
  return scanner.hash;
}

/** Finds the word where it occurs inside a longer text, as tokenize does. */
function findIn<V>(table: WordTable<V>, word: string, hash = hashOf(word)): V | undefined {
  const text = `«${word}», `;
  return table.find(text, 1, 1 + word.length, hash);
}

describe("WordTable", () => {
  it("finds what was added, by its place in a text", () => {
    const table = new WordTable<number>();
    table.add("migración", hashOf("migración"), 1);
    table.add("derechos", hashOf("derechos"), 2);
    expect(table.size).toBe(2);
    expect(findIn(table, "migración")).toBe(1);
    expect(findIn(table, "derechos")).toBe(2);
    const text = "los derechos de la migración";
    expect(table.find(text, 4, 12, hashOf("derechos"))).toBe(2);
    expect(table.find(text, 19, 28, hashOf("migración"))).toBe(1);
  });

  it("gives undefined for words it does not hold", () => {
    const table = new WordTable<number>();
    expect(findIn(table, "nada")).toBeUndefined();
    table.add("migración", hashOf("migración"), 1);
    expect(findIn(table, "migraciones")).toBeUndefined();
    expect(findIn(table, "Migración")).toBeUndefined();
    // A prefix of a known word, even with the known word's hash, is not that word.
    expect(table.find("migración", 0, 8, hashOf("migración"))).toBeUndefined();
  });

  it("keeps every word through many rehashes (5,000 words, far past 1,024 slots)", () => {
    const table = new WordTable<number>();
    const words = Array.from({ length: 5000 }, (_, i) => `palabra${i}`);
    words.forEach((word, i) => table.add(word, hashOf(word), i));
    expect(table.size).toBe(5000);
    words.forEach((word, i) => expect(findIn(table, word)).toBe(i));
    expect(findIn(table, "palabra5000")).toBeUndefined();
    expect(table.entries()).toEqual(words.map((word, i) => [word, i]));
  });

  it("gives back words of any length and any plane from its character store", () => {
    const table = new WordTable<number>();
    const words = ["migración", "𐐀𐐁", "a".repeat(200_000)];
    words.forEach((word, i) => table.add(word, i, i));
    expect(table.entries()).toEqual(words.map((word, i) => [word, i]));
    expect(findIn(table, words[2] as string, 2)).toBe(2);
  });

  it("tells apart different words with the same hash", () => {
    const table = new WordTable<string>();
    const words = ["uno", "dos", "tres", "cuatro", "u", "unos"];
    for (const word of words) table.add(word, 42, word.toUpperCase());
    for (const word of words) expect(findIn(table, word, 42)).toBe(word.toUpperCase());
    expect(findIn(table, "cinco", 42)).toBeUndefined();
    expect(findIn(table, "un", 42)).toBeUndefined();
    // The right characters with the wrong hash are not found: the hash is part of the key.
    expect(findIn(table, "uno", 43)).toBeUndefined();
  });

  it("tells apart many colliding words across a rehash, negative hashes included", () => {
    const table = new WordTable<number>();
    for (let i = 0; i < 1500; i++) table.add(`w${i}`, i % 3 === 0 ? -7 : 1024 * (i % 5), i);
    for (let i = 0; i < 1500; i++) expect(findIn(table, `w${i}`, i % 3 === 0 ? -7 : 1024 * (i % 5))).toBe(i);
  });
});
