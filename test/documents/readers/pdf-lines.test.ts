import { describe, expect, it } from "vitest";
import { pdfLines, type PdfTextItem } from "../../../src/documents/readers/pdf-lines.js";

const item = (str: string, x: number, y: number, width: number, hasEOL = false): PdfTextItem => ({ str, x, y, width, hasEOL });

describe("pdfLines", () => {
  it("splits at pdf.js's ends of line and keeps where each line's ink is", () => {
    const lines = pdfLines([item("Artículo 1.-", 72, 700, 50), item(" ", 122, 700, 3), item("Objeto", 125, 700, 30, true), item("El  presente", 72, 686, 55)]);
    expect(lines).toEqual([
      { text: "Artículo 1.- Objeto", baseline: 700, left: 72, right: 155 },
      { text: "El presente", baseline: 686, left: 72, right: 127 },
    ]);
  });

  it("gives a line of only spaces or empty items no position", () => {
    expect(pdfLines([item("", 72, 700, 0, true), item("  ", 72, 686, 5, true)])).toEqual([
      { text: "", left: Infinity, right: -Infinity },
      { text: "", left: Infinity, right: -Infinity },
      { text: "", left: Infinity, right: -Infinity },
    ]);
  });

  it("splits an item that holds a newline, as pdf.js's page text would", () => {
    expect(pdfLines([item("a\nb", 72, 700, 10)]).map((line) => line.text)).toEqual(["a", "b"]);
  });

  it("has the lines of pdf.js's page text, whatever the items", () => {
    const items = [item("uno ", 1, 9, 4), item("dos", 5, 9, 3, true), item("", 1, 8, 0, true), item("tres\ncuatro", 1, 7, 9, true)];
    const pageText = items.map((i) => i.str + (i.hasEOL ? "\n" : "")).join("");
    expect(pdfLines(items).map((line) => line.text)).toEqual(pageText.split("\n").map((line) => line.replace(/\s+/g, " ").trim()));
  });
});
