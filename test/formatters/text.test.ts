import { describe, expect, it } from "vitest";
import { formatText } from "../../src/formatters/text.js";
import { en } from "../../src/i18n/index.js";
import type { RunReport } from "../../src/report/types.js";
import { canonicalReport } from "../fixtures/canonical-report.js";
import { formatContext, tagStyle } from "./format-context.js";

const single: RunReport = { ...canonicalReport, documents: canonicalReport.documents.slice(0, 1) };

function statusLines(output: string): string[] {
  return output.split("\n").filter((line) => /^ {2}\S/.test(line));
}

describe("text report", () => {
  it("lists gaps, then partial, then covered dimensions, each in the policy's order", () => {
    const ids = statusLines(formatText(single, formatContext())).map((line) => line.trim().split(/\s+/)[1]);
    expect(ids).toEqual(["E2", "E3", "E4", "E5", "P1", "P2", "P4", "P5", "P6", "P8", "P9", "P10", "E6", "P3", "E1", "P7"]);
  });

  it("shows the overall arithmetic with the sum and the count", () => {
    expect(formatText(single, formatContext())).toContain(
      "Puntaje global: 0.14 = 2.25 / 16 (media de 16 dimensiones, con factor 0.5 en las que tienen conflicto)",
    );
  });

  it("does not colour an accepted gap as a failure, and gives its reason", () => {
    const output = formatText(single, formatContext({ style: tagStyle }));
    expect(output).toContain("  <dim>brecha</dim>   E2  Enfoque de género  0.10\n    aceptada: El decreto regula solo trámites consulares.");
    expect(output).toContain("  <red>brecha</red>   E3");
  });

  it("shows what would close an open gap, at most three lineamientos", () => {
    const output = formatText(single, formatContext());
    const e5 = output.slice(output.indexOf("  brecha   E5"), output.indexOf("  brecha   P1"));
    expect(e5).toContain("Lineamientos que la cerrarían:");
    expect(e5).toContain("L3.c —");
    expect(e5).not.toContain("L3.d");
  });

  it("gives a single line and a page where the citation has them", () => {
    expect(formatText(single, formatContext())).toContain("    p. 2, Artículo 5 (línea 16): «Los extranjeros");
  });

  it("gives the source paragraph of a Word or HTML citation before its lines", () => {
    const fromDocx = structuredClone(single);
    const citation = fromDocx.documents.flatMap((d) => ("dimensions" in d ? d.dimensions : [])).flatMap((d) => d.citations)[0];
    if (!citation) throw new Error("the fixture report has a citation");
    delete citation.page;
    citation.paragraph = 14;
    expect(formatText(fromDocx, formatContext())).toContain(`${citation.label} (párr. 14, línea`);
  });

  it("prints a conflict in red with its description", () => {
    expect(formatText(single, formatContext({ style: tagStyle }))).toContain(
      "    <red>conflicto:</red> Artículo 9 (línea 20): <dim>«El ingreso irregular",
    );
  });

  it("adds a batch summary only when there is more than one document", () => {
    expect(formatText(single, formatContext())).not.toContain("Resumen:");
    expect(formatText(canonicalReport, formatContext())).toContain("Resumen: 3 archivos, 2 revisados, 1 con error;");
  });

  it("uses the English titles and words with the English catalogue", () => {
    const output = formatText(single, formatContext({ messages: en }));
    expect(output).toContain("  gap     E3  Human security approach  0.00");
    expect(output).not.toContain("brecha");
  });

  it("prints nothing for a run without documents", () => {
    expect(formatText({ ...canonicalReport, documents: [] }, formatContext())).toBe("");
  });
});
