import { describe, expect, it } from "vitest";
import { formatJson } from "../../src/formatters/json.js";
import { formatJsonLine, formatJsonl } from "../../src/formatters/jsonl.js";
import { canonicalReport } from "../fixtures/canonical-report.js";
import { formatContext } from "./format-context.js";

const parsed = JSON.parse(formatJson(canonicalReport, formatContext()));
const [withFindings, , broken] = parsed.documents;
const e1 = withFindings.dimensions.find((d: { id: string }) => d.id === "E1");
const p3 = withFindings.dimensions.find((d: { id: string }) => d.id === "P3");

describe("JSON report", () => {
  it("keeps the documented field names in the documented order", () => {
    expect(Object.keys(parsed)).toEqual(["schemaVersion", "tool", "policy", "documents", "summary"]);
    expect(Object.keys(parsed.policy)).toEqual(["id", "title"]);
    expect(Object.keys(withFindings)).toEqual(["file", "format", "score", "overall", "passages", "warnings", "dimensions"]);
    expect(Object.keys(withFindings.overall)).toEqual(["score", "conflictFactor", "terms"]);
    expect(Object.keys(e1)).toEqual(["id", "kind", "title", "score", "status", "conflict", "citations", "conflicts", "explanation"]);
    expect(Object.keys(e1.citations[0])).toEqual([
      "label", "startLine", "endLine", "startColumn", "endColumn", "startOffset", "endOffset", "text", "score", "policyRef", "terms",
    ]);
    expect(Object.keys(p3.conflicts[0]).slice(-2)).toEqual(["pattern", "description"]);
    expect(Object.keys(e1.explanation)).toEqual(["passageMasses", "evidence", "bestSimilarity", "saturation", "thresholds", "discarded"]);
    expect(Object.keys(parsed.summary)).toEqual(["files", "checked", "errors", "meanScore", "byDimension", "failing"]);
  });

  it("writes optional fields only when present", () => {
    const e2 = withFindings.dimensions.find((d: { id: string }) => d.id === "E2");
    expect(Object.keys(e2)).toContain("accepted");
    expect(Object.keys(e2).indexOf("accepted")).toBe(Object.keys(e2).indexOf("conflict") + 1);
    const p7 = withFindings.dimensions.find((d: { id: string }) => d.id === "P7");
    expect(Object.keys(p7.citations[0]).slice(0, 2)).toEqual(["label", "page"]);
  });

  it("writes the source paragraph of a Word or HTML citation after its page", () => {
    const report = structuredClone(canonicalReport);
    const citation = report.documents.flatMap((d) => ("dimensions" in d ? d.dimensions : [])).flatMap((d) => d.citations)[0];
    if (!citation) throw new Error("the fixture report has a citation");
    citation.page = 3;
    citation.paragraph = 14;
    const written = JSON.parse(formatJson(report, formatContext())).documents[0].dimensions.flatMap((d: { citations: unknown[] }) => d.citations)[0];
    expect(Object.keys(written).slice(0, 3)).toEqual(["label", "page", "paragraph"]);
    expect(written.paragraph).toBe(14);
  });

  it("writes a document error as file and error only", () => {
    expect(broken).toEqual({ file: "borradores/roto.docx", error: "corrupt DOCX: end of central directory not found" });
  });

  it("rounds numbers to 4 decimals", () => {
    const numbers = JSON.stringify(parsed).match(/-?\d+\.\d+/g) ?? [];
    expect(numbers.every((n) => n.split(".")[1]!.length <= 4)).toBe(true);
    expect(parsed.summary.meanScore).toBe(0.3703);
  });

  it("uses a 2-space indent and ends with a newline", () => {
    const text = formatJson(canonicalReport, formatContext());
    expect(text.startsWith('{\n  "schemaVersion": 1,')).toBe(true);
    expect(text.endsWith("}\n")).toBe(true);
  });
});

describe("JSON Lines report", () => {
  it("writes one parseable line per document, the same object as in the JSON report, and nothing else", () => {
    const lines = formatJsonl(canonicalReport, formatContext()).split("\n");
    expect(lines.pop()).toBe("");
    expect(lines).toHaveLength(canonicalReport.documents.length);
    expect(lines.map((line) => JSON.parse(line))).toEqual(parsed.documents);
  });

  it("streams a single document as one line", () => {
    const line = formatJsonLine(canonicalReport.documents[2]!, formatContext());
    expect(line).toBe('{"file":"borradores/roto.docx","error":"corrupt DOCX: end of central directory not found"}\n');
  });
});
