import { describe, expect, it } from "vitest";
import { highlightTerms } from "../../src/formatters/html/highlight-terms.js";

const mark = (term: string) => ({ term, className: "hl", title: "E1" });

describe("highlightTerms", () => {
  it.each([
    ["ignores case and accents", "La MIGRACIÓN ordenada", ["migracion"], `La <mark class="hl" title="E1">MIGRACIÓN</mark> ordenada`],
    ["matches NFD text and terms", "la migracio\u0301n", ["migracio\u0301n"], `la <mark class="hl" title="E1">migración</mark>`],
    ["runs each word on to its end", "niñas y niños", ["niño"], `niñas y <mark class="hl" title="E1">niños</mark>`],
    ["matches a phrase across inflection and line breaks", "derechos\nhumanos", ["derecho humano"], `<mark class="hl" title="E1">derechos\nhumanos</mark>`],
    ["starts only at a word start", "preingreso e ingreso", ["ingreso"], `preingreso e <mark class="hl" title="E1">ingreso</mark>`],
    ["keeps the earlier, longer mark on overlap", "pena privativa de libertad", ["privativa", "pena privativa"], `<mark class="hl" title="E1">pena privativa</mark> de libertad`],
    ["escapes the text around and inside marks", "<b>visa</b> & co", ["visa"], `&lt;b&gt;<mark class="hl" title="E1">visa</mark>&lt;/b&gt; &amp; co`],
    ["ignores punctuation and regex characters in terms", "Artículo 5.- visa", ["(visa.*)"], `Artículo 5.- <mark class="hl" title="E1">visa</mark>`],
    ["leaves text without matches escaped only", "nada & nadie", ["visa"], "nada &amp; nadie"],
  ])("%s", (_name, text, terms, expected) => {
    expect(highlightTerms(text, terms.map(mark))).toBe(expected);
  });

  it("escapes the class and title it is given", () => {
    expect(highlightTerms("visa", [{ term: "visa", className: `x" onclick="y`, title: "<E1>" }])).toBe(
      `<mark class="x&quot; onclick=&quot;y" title="&lt;E1&gt;">visa</mark>`,
    );
  });
});
