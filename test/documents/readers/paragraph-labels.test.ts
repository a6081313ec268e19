import { describe, expect, it } from "vitest";
import { readListDefinitions } from "../../../src/documents/readers/list-definitions.js";
import { readParagraphLabels } from "../../../src/documents/readers/paragraph-labels.js";

const w = `xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"`;
const numbering = (body: string) => readListDefinitions(`<w:numbering ${w}>${body}</w:numbering>`);
const level = (ilvl: number, numFmt: string, lvlText: string, extra = "") =>
  `<w:lvl w:ilvl="${ilvl}"><w:start w:val="1"/><w:numFmt w:val="${numFmt}"/><w:lvlText w:val="${lvlText}"/>${extra}</w:lvl>`;
const item = (numId: string, ilvl: number, text: string) =>
  `<w:p><w:pPr><w:numPr><w:ilvl w:val="${ilvl}"/><w:numId w:val="${numId}"/></w:numPr></w:pPr><w:r><w:t>${text}</w:t></w:r></w:p>`;
const plain = (text: string) => `<w:p><w:r><w:t>${text}</w:t></w:r></w:p>`;
const labels = (definitions: string, body: string) =>
  readParagraphLabels(`<w:document ${w}><w:body>${body}</w:body></w:document>`, numbering(definitions)).map((p) => p.label ?? `(${p.text})`);

const letters = `<w:abstractNum w:abstractNumId="7">${level(0, "lowerLetter", "%1)")}${level(1, "decimal", "%1.%2.")}</w:abstractNum>`;

describe("readParagraphLabels", () => {
  it("numbers list paragraphs in document order, nested levels restarting under each item", () => {
    const definitions = `${letters}<w:num w:numId="1"><w:abstractNumId w:val="7"/></w:num>`;
    const body = [item("1", 0, "uno"), item("1", 1, "x"), item("1", 1, "y"), plain("texto"), item("1", 0, "dos"), item("1", 1, "z")].join("");
    expect(labels(definitions, body)).toEqual(["a)", "a.1.", "a.2.", "(texto)", "b)", "b.1."]);
  });

  it("continues a definition across instances, and restarts an instance that overrides its start", () => {
    const definitions =
      `${letters}<w:num w:numId="1"><w:abstractNumId w:val="7"/></w:num><w:num w:numId="2"><w:abstractNumId w:val="7"/></w:num>` +
      `<w:num w:numId="3"><w:abstractNumId w:val="7"/><w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/></w:lvlOverride></w:num>`;
    const body = [item("1", 0, "a"), item("1", 0, "b"), item("2", 0, "c"), item("3", 0, "again"), item("3", 0, "and")].join("");
    expect(labels(definitions, body)).toEqual(["a)", "b)", "c)", "a)", "b)"]);
  });

  it("follows w:lvlRestart 0 (never restart), legal numbering and an instance's own level", () => {
    const definitions =
      `<w:abstractNum w:abstractNumId="1">${level(0, "upperRoman", "%1.")}${level(1, "lowerLetter", "%1.%2", `<w:lvlRestart w:val="0"/><w:isLgl/>`)}</w:abstractNum>` +
      `<w:num w:numId="5"><w:abstractNumId w:val="1"/></w:num>` +
      `<w:num w:numId="6"><w:abstractNumId w:val="1"/><w:lvlOverride w:ilvl="0">${level(0, "decimal", "Artículo %1.-")}</w:lvlOverride></w:num>`;
    const body = [item("5", 0, "I"), item("5", 1, "1"), item("5", 0, "II"), item("5", 1, "2"), item("6", 0, "art")].join("");
    expect(labels(definitions, body)).toEqual(["I.", "1.1", "II.", "2.2", "Artículo 3.-"]);
  });

  it("numbers a paragraph through its style's list level, and resolves a w:numStyleLink", () => {
    const definitions =
      `<w:abstractNum w:abstractNumId="1"><w:styleLink w:val="Lista"/>${level(0, "decimal", "Artículo %1.-", `<w:pStyle w:val="Articulo"/>`)}</w:abstractNum>` +
      `<w:abstractNum w:abstractNumId="2"><w:numStyleLink w:val="Lista"/></w:abstractNum>` +
      `<w:num w:numId="1"><w:abstractNumId w:val="1"/></w:num><w:num w:numId="2"><w:abstractNumId w:val="2"/></w:num>`;
    const styled = `<w:p><w:pPr><w:pStyle w:val="Articulo"/></w:pPr><w:r><w:t>Objeto</w:t></w:r></w:p>`;
    expect(labels(definitions, styled + item("2", 0, "linked") + styled)).toEqual(["Artículo 1.-", "Artículo 2.-", "Artículo 3.-"]);
  });

  it("takes the style's level mammoth takes when two lists name the same style: the last in key order", () => {
    const definitions =
      `<w:abstractNum w:abstractNumId="10">${level(0, "upperRoman", "%1.", `<w:pStyle w:val="Articulo"/>`)}</w:abstractNum>` +
      `<w:abstractNum w:abstractNumId="2">${level(0, "decimal", "Artículo %1.-", `<w:pStyle w:val="Articulo"/>`)}</w:abstractNum>`;
    const styled = `<w:p><w:pPr><w:pStyle w:val="Articulo"/></w:pPr><w:r><w:t>Objeto</w:t></w:r></w:p>`;
    expect(labels(definitions, styled)).toEqual(["I."]);
  });

  it("gives bullets, numId 0 and unknown lists no number", () => {
    const definitions = `<w:abstractNum w:abstractNumId="1">${level(0, "bullet", "•")}</w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="1"/></w:num>`;
    expect(labels(definitions, item("1", 0, "bullet") + item("0", 0, "none") + item("9", 0, "unknown"))).toEqual(["(bullet)", "(none)", "(unknown)"]);
  });

  it("reads the list level of mc:Fallback, not mc:Choice, and leaves deleted and moved text out", () => {
    const mc = `xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"`;
    const definitions =
      `<w:abstractNum w:abstractNumId="1" ${mc}><w:lvl w:ilvl="0"><w:start w:val="3"/><mc:AlternateContent><mc:Choice Requires="w14"><w:numFmt w:val="custom"/></mc:Choice>` +
      `<mc:Fallback><w:numFmt w:val="lowerRoman"/></mc:Fallback></mc:AlternateContent><w:lvlText w:val="%1)"/></w:lvl></w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="1"/></w:num>`;
    const body =
      `<w:p><w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr></w:pPr><w:r><w:t>kept </w:t></w:r>` +
      `<w:del><w:r><w:delText>deleted</w:delText></w:r></w:del><w:moveFrom><w:r><w:t>moved</w:t></w:r></w:moveFrom><w:r><w:instrText>PAGE</w:instrText></w:r></w:p>`;
    const [paragraph] = readParagraphLabels(`<w:document ${w}><w:body>${body}</w:body></w:document>`, numbering(definitions));
    expect(paragraph).toEqual({ text: "kept ", label: "iii)" });
  });

  it("joins a paragraph whose mark is a tracked deletion to the next, numbered as the next", () => {
    const definitions = `${letters}<w:num w:numId="1"><w:abstractNumId w:val="7"/></w:num>`;
    const deleted = `<w:p><w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr><w:rPr><w:del w:id="1"/></w:rPr></w:pPr><w:r><w:t>first </w:t></w:r></w:p>`;
    const paragraphs = readParagraphLabels(`<w:document ${w}><w:body>${deleted}${item("1", 0, "second")}</w:body></w:document>`, numbering(definitions));
    expect(paragraphs).toEqual([{ text: "first second", label: "a)" }]);
  });

  it("accepts any namespace prefix for WordprocessingML", () => {
    const definitions = readListDefinitions(
      `<x:numbering xmlns:x="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><x:abstractNum x:abstractNumId="1"><x:lvl x:ilvl="0"><x:numFmt x:val="decimal"/><x:lvlText x:val="%1."/></x:lvl></x:abstractNum><x:num x:numId="1"><x:abstractNumId x:val="1"/></x:num></x:numbering>`,
    );
    const paragraphs = readParagraphLabels(`<w:document ${w}><w:body>${item("1", 0, "uno")}</w:body></w:document>`, definitions);
    expect(paragraphs[0]?.label).toBe("1.");
  });

  it("throws on malformed XML", () => {
    expect(() => readListDefinitions("<w:numbering")).toThrow();
  });
});
