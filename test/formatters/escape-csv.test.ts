import { describe, expect, it } from "vitest";
import { csvRecord, escapeCsvCell } from "../../src/formatters/escape-csv.js";

describe("escapeCsvCell", () => {
  it.each([
    ["=HYPERLINK(\"http://x\")", "\"'=HYPERLINK(\"\"http://x\"\")\""],
    ["+1+2", "'+1+2"],
    ["-2+3", "'-2+3"],
    ["@SUM(A1:A2)", "'@SUM(A1:A2)"],
    ["\tcmd", "'\tcmd"],
    ["\rcmd", "\"'\rcmd\""],
  ])("neutralises a cell starting a formula: %j", (cell, expected) => {
    expect(escapeCsvCell(cell)).toBe(expected);
  });

  it.each([
    ["Artículo 5", "Artículo 5"],
    ["a=b", "a=b"],
    ["0.82", "0.82"],
    ["", ""],
  ])("leaves a harmless cell alone: %j", (cell, expected) => {
    expect(escapeCsvCell(cell)).toBe(expected);
  });

  it.each([
    ["dos, tres", "\"dos, tres\""],
    ["\"no acompañados\"", "\"\"\"no acompañados\"\"\""],
    ["línea 1\nlínea 2", "\"línea 1\nlínea 2\""],
    ["línea 1\r\nlínea 2", "\"línea 1\r\nlínea 2\""],
  ])("quotes as RFC 4180 asks: %j", (cell, expected) => {
    expect(escapeCsvCell(cell)).toBe(expected);
  });
});

describe("csvRecord", () => {
  it("joins escaped cells and ends with CRLF", () => {
    expect(csvRecord(["a", "b,c", "=1"])).toBe("a,\"b,c\",'=1\r\n");
  });
});
