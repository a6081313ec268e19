import { beforeAll, describe, expect, it } from "vitest";
import { foldWord } from "../../src/text/fold.js";
import { tokenize, type TokenizeOptions, type Tokens } from "../../src/text/tokenize.js";
import { spanishTokenizeOptions } from "../helpers.js";

let options: TokenizeOptions;
beforeAll(async () => {
  options = await spanishTokenizeOptions();
});

describe("foldWord", () => {
  it.each([
    ["Migración", "migracion"],
    ["NIÑAS", "niñas"],
    ["pingüino", "pinguino"],
    ["Mi\u0301grante", "migrante"],
    ["nin\u0303o", "niño"],
  ])("%s → %s", (input, expected) => expect(foldWord(input)).toBe(expected));

  it("is idempotent", () => {
    for (const word of ["Acción", "ñandú", "ÜBER", "e\u0301xito"]) expect(foldWord(foldWord(word))).toBe(foldWord(word));
  });
});

/** The parallel arrays as one object per word, to assert on. */
function words(tokens: Tokens) {
  return Array.from({ length: tokens.length }, (_, i) => ({
    start: tokens.start[i] as number,
    end: tokens.end[i] as number,
    clause: tokens.clause[i] as number,
    isSkippable: tokens.skippable[i] === 1,
    ...tokens.keys[i]!,
  }));
}

const tokenizeWords = (text: string) => words(tokenize(text, options));

describe("tokenize", () => {
  it("keeps offsets into the original text, digits included", () => {
    const text = "**Artículo 12.3.-** Los migrantes\u00a0tienen derechos.";
    const tokens = tokenizeWords(text);
    for (const t of tokens) expect(foldWord(text.slice(t.start, t.end))).toBe(t.norm);
    expect(tokens.map((t) => t.norm)).toEqual(["articulo", "12", "3", "los", "migrantes", "tienen", "derechos"]);
  });

  it("stems before folding, so inflections meet", () => {
    const [a, b, c] = tokenizeWords("discriminación discriminaciones Discriminacion");
    expect(a?.stem).toBe(b?.stem);
    expect(a?.stem).toBe("discrimin");
    expect(c?.stem).toBe("discrimin");
  });

  it("handles NFD accents as one word", () => {
    const text = "migracio\u0301n irregular";
    const tokens = tokenizeWords(text);
    expect(tokens).toHaveLength(2);
    expect(text.slice(tokens[0]!.start, tokens[0]!.end)).toBe("migracio\u0301n");
    expect(tokens[0]!.stem).toBe(tokenizeWords("migración")[0]!.stem);
  });

  it.each([
    ["niños, niñas y adolescentes", ["niñ", "y", "adolescent"]],
    ["las y los migrantes", ["migrant"]],
    ["peruanos y peruanas en el exterior", ["peruan", "en", "exterior"]],
  ])("skips the second form of inclusive doublets: %s", (text, kept) => {
    expect(tokenizeWords(text).filter((t) => !t.isSkippable).map((t) => t.stem)).toEqual(kept);
  });

  it("closes clauses at ; : . and blank lines, but not after abbreviations", () => {
    const clauses = (text: string) => tokenizeWords(text).map((t) => t.clause);
    expect(clauses("no se aplica; el enfoque")).toEqual([0, 0, 0, 1, 1]);
    expect(clauses("según el Art. 5 del D.S. N° 12")).toEqual([0, 0, 0, 0, 0, 0, 0, 0, 0]);
    expect(clauses("uno\n\ndos")).toEqual([0, 1]);
  });

  it("marks stopwords but never negation words", () => {
    const tokens = tokenizeWords("no se aplicará sin el ni la");
    const stop = Object.fromEntries(tokens.map((t) => [t.norm, t.isStopword]));
    expect(stop).toMatchObject({ no: false, sin: false, ni: false, se: true, el: true, la: true });
  });
});
