import { describe, expect, it } from "vitest";
import { decodeEntities } from "../../../src/documents/readers/html-entities.js";
import { htmlToParagraphs } from "../../../src/documents/readers/html-to-text.js";
import { readHtml } from "../../../src/documents/readers/html.js";
import { documentBytes } from "../document-fixtures.js";

describe("htmlToParagraphs: text", () => {
  it.each([
    { html: "<p>Artículo 1.- Objeto</p><p>Texto</p>", text: "Artículo 1.- Objeto\n\nTexto" },
    { html: "<div>a</div><div>b</div>", text: "a\nb" },
    { html: "<ul><li>uno</li><li>dos</li></ul>después", text: "uno\ndos\n\ndespués" },
    { html: "línea<br>otra<br/><br />tras blanco", text: "línea\notra\n\ntras blanco" },
    { html: "<h2>Artículo 2.-\n   Enfoques</h2>", text: "Artículo 2.- Enfoques" },
    { html: "a <b>negrita</b> y <i>cursiva</i>.", text: "a negrita y cursiva." },
    { html: "<table><tr><td>2.1</td><td>Género</td></tr><tr><td>2.2</td><td>Niñez</td></tr></table>", text: "2.1 Género\n2.2 Niñez" },
    { html: "<script>var p = '<p>x</p>';</script><style>p{}</style>visible", text: "visible" },
    { html: "<noscript>sin js</noscript><template><p>t</p></template>ok", text: "ok" },
    { html: "<title>Título</title><p>Cuerpo</p>", text: "Cuerpo" },
    { html: "<svg viewBox='0 0 1 1'/><p>tras icono</p>", text: "tras icono" },
    { html: "<!-- <p>comentado</p> --><!DOCTYPE html>texto", text: "texto" },
    { html: '<a title="a > b" href="#">enlace</a>', text: "enlace" },
    { html: "1 < 2 y 3 > 2", text: "1 < 2 y 3 > 2" },
    { html: "<pre>  a\n   b</pre>c", text: "  a\n   b\n\nc" },
    { html: "<p>sin cerrar <script>var x", text: "sin cerrar" },
    { html: "<p>Lima &ndash; Per&uacute; &amp; &#8220;otros&#x201D; &#147;x&#148; &bogus; &#0;</p>", text: "Lima – Perú & “otros” “x” &bogus; \ufffd" },
    { html: "a&nbsp;b", text: "a\u00a0b" },
    { html: "İstanbul <SCRIPT>x</Script> sigue <p>bien</p>", text: "İstanbul sigue\n\nbien" },
  ])("$html", ({ html, text }) => {
    expect(htmlToParagraphs(html).text).toBe(text);
  });

  it("stays linear on pathological markup", () => {
    const hostile = "<a ".repeat(20_000) + '"'.repeat(20_000) + "<!--".repeat(20_000);
    const start = performance.now();
    htmlToParagraphs(hostile);
    expect(performance.now() - start).toBeLessThan(1000);
  });
});

describe("htmlToParagraphs", () => {
  it("starts a paragraph at every block, not at a <br>", () => {
    const { text, paragraphs } = htmlToParagraphs("<p>Uno<br>sigue</p><ul><li>a) dos</li><li>b) tres</li></ul><table><tr><td>x</td><td>y</td></tr></table>");
    expect(text).toBe("Uno\nsigue\n\na) dos\nb) tres\n\nx y");
    expect(paragraphs.map((start) => text.slice(start).split("\n")[0])).toEqual(["Uno", "a) dos", "b) tres", "x y"]);
  });

  it("counts nothing for empty blocks and starts at 0", () => {
    const { paragraphs } = htmlToParagraphs("<div></div><p> </p><p>texto</p>");
    expect(paragraphs).toEqual([0]);
  });
});

describe("decodeEntities", () => {
  it("leaves text without references alone", () => {
    expect(decodeEntities("Artículo 5 & más")).toBe("Artículo 5 & más");
  });
});

describe("readHtml", () => {
  it("reads the fixture page: headings start lines, hidden content is gone", async () => {
    const { text, format } = await readHtml(documentBytes("pagina.html"), "pagina.html", { maxBytes: 1 << 20 });
    expect(format).toBe("html");
    expect(text).toMatch(/^Artículo 2\.- Enfoques$/m);
    expect(text).toMatch(/^2\.4 Enfoque de niños, niñas y adolescentes/m);
    expect(text).toContain("«Regístrese y comuníquese» “texto” & fin.\nFirma");
    expect(text).not.toMatch(/no es texto|estilo|Active JavaScript|plantilla oculta|<|Proyecto de Decreto Supremo$/m);
  });
});
