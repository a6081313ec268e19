import { describe, expect, it } from "vitest";
import { joinHyphenatedWords } from "../../../src/documents/readers/join-hyphenated-words.js";

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
    expect(joinHyphenatedWords(pages)).toEqual(joined);
  });

  it("does not change its input", () => {
    const pages = [["la migra-", "ción"]];
    joinHyphenatedWords(pages);
    expect(pages).toEqual([["la migra-", "ción"]]);
  });
});
