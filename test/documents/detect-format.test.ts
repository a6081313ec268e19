import { describe, expect, it } from "vitest";
import { claimedBinaryFormat, detectFormat } from "../../src/documents/detect-format.js";

describe("detectFormat", () => {
  it.each([
    { head: "%PDF-1.4\n", name: "a.txt", format: "pdf" },
    { head: "\r\n%PDF-1.7", name: "a", format: "pdf" },
    { head: "PK\x03\x04rest", name: "a.txt", format: "docx" },
    { head: "PK\x05\x06", name: "a.zip", format: "docx" },
    { head: "\ufeff  <!DOCTYPE html><html>", name: "a.txt", format: "html" },
    { head: "\n<HTML lang=es>", name: "-", format: "html" },
    { head: "<p>fragmento</p>", name: "pagina.htm", format: "html" },
    { head: "<p>fragmento</p>", name: "nota.txt", format: "text" },
    { head: "# Título", name: "borrador.MD", format: "markdown" },
    { head: "texto", name: "c:\\docs\\borrador.markdown", format: "markdown" },
    { head: "texto", name: "sin-extension", format: "text" },
    { head: "texto", name: ".md", format: "text" },
  ])("$name starting with $head → $format", ({ head, name, format }) => {
    expect(detectFormat(Buffer.from(head, head.startsWith("PK") ? "latin1" : "utf8"), name)).toBe(format);
  });
});

describe("claimedBinaryFormat", () => {
  it.each([
    ["x.PDF", "pdf"],
    ["x.docx", "docx"],
    ["x.txt", undefined],
    ["pdf", undefined],
  ])("%s → %s", (name, claimed) => {
    expect(claimedBinaryFormat(name)).toBe(claimed);
  });
});
