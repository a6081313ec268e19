import { describe, expect, it } from "vitest";
import { joinHyphenatedWords } from "../../../src/documents/readers/join-hyphenated-words.js";

const asLines = (pages: string[][]) => pages.map((texts) => texts.map((text) => ({ text })));
const joinTexts = (pages: string[][]) => joinHyphenatedWords(asLines(pages)).map((lines) => lines.map((line) => line.text));

describe("joinHyphenatedWords", () => {
  it.each([
    { pages: [["la migra-", "ción internacional"]], joined: [["la migración", "internacional"]] },
    { pages: [["la migra-", "ción, la niñez"]], joined: [["la migración,", "la niñez"]] },
    { pages: [["la migra-", "ción"]], joined: [["la migración"]] },
    { pages: [["la migra\u00ad", "ción"]], joined: [["la migración"]] },
    { pages: [["ex-", "Ministro"]], joined: [["ex-", "Ministro"]] },
    { pages: [["periodo 2020-", "2025"]], joined: [["periodo 2020-", "2025"]] },
    { pages: [["Artículo 1.-", "objeto"]], joined: [["Artículo 1.-", "objeto"]] },
    { pages: [["enfoque de dere-"], ["chos humanos"]], joined: [["enfoque de derechos"], ["humanos"]] },
    { pages: [["a-"], ["b"], []], joined: [["ab"], [], []] },
  ])("$pages", ({ pages, joined }) => {
    expect(joinTexts(pages)).toEqual(joined);
  });

  it("does not change its input", () => {
    const pages = asLines([["la migra-", "ción"]]);
    joinHyphenatedWords(pages);
    expect(pages).toEqual(asLines([["la migra-", "ción"]]));
  });

  it("keeps what else each line carries", () => {
    const pages = [[{ text: "la migra-", start: true }, { text: "ción internacional", start: false }]];
    expect(joinHyphenatedWords(pages)).toEqual([[{ text: "la migración", start: true }, { text: "internacional", start: false }]]);
  });
});
