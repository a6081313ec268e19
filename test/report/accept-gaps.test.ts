import { describe, expect, it } from "vitest";
import { acceptGaps, acceptInlineGaps } from "../../src/report/accept-gaps.js";
import { findInlineAccepts } from "../../src/report/find-inline-accepts.js";
import type { DocumentReport } from "../../src/score/types.js";
import { canonicalReport } from "../fixtures/canonical-report.js";

const ids = ["E1", "E2", "E5", "E6", "P3", "P6", "P7"];
const findings = canonicalReport.documents[0] as DocumentReport;
const byId = (report: DocumentReport, id: string) => report.dimensions.find((d) => d.id === id);

describe("findInlineAccepts", () => {
  it.each([
    { text: "<!-- policylint-disable E5: el decreto es consular -->", accepted: [["E5", "el decreto es consular"]], warnings: [] },
    { text: "Texto.\n\npolicylint-disable E5: motivo\n\nMás texto.", accepted: [["E5", "motivo"]], warnings: [] },
    { text: "<!-- policylint-disable E5, p6: ambos\n  fuera del alcance -->", accepted: [["E5", "ambos fuera del alcance"], ["P6", "ambos fuera del alcance"]], warnings: [] },
    { text: "<!--\npolicylint-disable E5: en su propia línea\n-->", accepted: [["E5", "en su propia línea"]], warnings: [] },
    { text: "policylint-disable E5: con CRLF\r\nArtículo 1.", accepted: [["E5", "con CRLF"]], warnings: [] },
    { text: "Intro\n<!-- policylint-disable E5 -->", accepted: [], warnings: [{ code: "accept-without-reason", line: 2, dimensions: ["E5"] }] },
    { text: "policylint-disable E5:   ", accepted: [], warnings: [{ code: "accept-without-reason", line: 1, dimensions: ["E5"] }] },
    { text: "policylint-disable: motivo", accepted: [], warnings: [{ code: "accept-without-dimension", line: 1 }] },
    { text: "policylint-disable X9, E5: motivo", accepted: [["E5", "motivo"]], warnings: [{ code: "accept-unknown-dimension", line: 1, dimension: "X9" }] },
    { text: "El texto cita policylint-disable E5: motivo dentro de una frase.", accepted: [], warnings: [] },
    { text: "<!-- una nota cualquiera -->\nArtículo 1.", accepted: [], warnings: [] },
  ])("$text", ({ text, accepted, warnings }) => {
    const found = findInlineAccepts(text, ids);
    expect(found.acceptances.map((a) => [a.dimension, a.reason])).toEqual(accepted);
    expect(found.acceptances.every((a) => a.source === "inline")).toBe(true);
    expect(found.warnings).toEqual(warnings);
  });
});

describe("acceptGaps", () => {
  it("accepts a gap and a partial with their reason and source", () => {
    const report = acceptGaps(findings, [
      { dimension: "E5", reason: "Fuera del alcance.", source: "config" },
      { dimension: "E6", reason: "Lo regula otra norma.", source: "inline" },
    ]);
    expect(byId(report, "E5")?.accepted).toEqual({ reason: "Fuera del alcance.", source: "config" });
    expect(byId(report, "E6")?.accepted).toEqual({ reason: "Lo regula otra norma.", source: "inline" });
  });

  it("never accepts a conflict, nor marks a covered dimension", () => {
    const report = acceptGaps(findings, [
      { dimension: "P3", reason: "No.", source: "config" },
      { dimension: "E1", reason: "Innecesario.", source: "config" },
    ]);
    expect(byId(report, "P3")?.accepted).toBeUndefined();
    expect(byId(report, "E1")?.accepted).toBeUndefined();
  });

  it("keeps the first acceptance: one already made (inline) stands over the config's", () => {
    const report = acceptGaps(findings, [{ dimension: "E2", reason: "Otro motivo.", source: "config" }]);
    expect(byId(report, "E2")?.accepted?.reason).toBe("El decreto regula solo trámites consulares.");
  });

  it("leaves the report untouched otherwise", () => {
    expect(acceptGaps(findings, [])).toBe(findings);
    expect(byId(findings, "E5")?.accepted).toBeUndefined();
  });
});

describe("acceptInlineGaps", () => {
  it("accepts from the text and adds the ignored markers to the warnings", () => {
    const text = "<!-- policylint-disable E5: Norma consular. -->\n\npolicylint-disable E6\n";
    const report = acceptInlineGaps(findings, text);
    expect(byId(report, "E5")?.accepted).toEqual({ reason: "Norma consular.", source: "inline" });
    expect(byId(report, "E6")?.accepted).toBeUndefined();
    expect(report.warnings).toEqual([...findings.warnings, { code: "accept-without-reason", line: 3, dimensions: ["E6"] }]);
  });
});
