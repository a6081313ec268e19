/**
 * GitHub Actions annotations: golden file, escaping and the per-step cap.
 * After an intended change, regenerate the golden file with
 *   UPDATE_GOLDEN=1 npx vitest run test/formatters/github.test.ts
 * and review the diff as you would review code.
 */
import { describe, expect, it } from "vitest";
import { escapeCommandData, escapeCommandProperty } from "../../src/formatters/escape-workflow-command.js";
import { formatGithub } from "../../src/formatters/github.js";
import type { FormatContext } from "../../src/formatters/types.js";
import type { RunReport } from "../../src/report/types.js";
import type { DocumentReport } from "../../src/score/types.js";
import { canonicalReport } from "../fixtures/canonical-report.js";
import { hostileFile, hostileReport } from "../fixtures/hostile-report.js";
import { expectGolden } from "./expect-golden.js";
import { formatContext } from "./format-context.js";

function annotations(report: RunReport = canonicalReport, context: Partial<FormatContext> = {}): string[] {
  return formatGithub(report, formatContext(context)).split("\n").filter(Boolean);
}

const countOf = (lines: string[], command: string) => lines.filter((l) => l.startsWith(`::${command} `)).length;

/** Copies of the first document under new names: n documents with the same findings. */
function manyDocuments(n: number): RunReport {
  const report = structuredClone(canonicalReport);
  const first = report.documents[0] as DocumentReport;
  report.documents = Array.from({ length: n }, (_, i) => ({ ...first, file: `borradores/d${i}.md` }));
  return report;
}

describe("github formatter", () => {
  it("matches test/golden/report.github.txt", () => {
    expectGolden("report.github.txt", formatGithub(canonicalReport, formatContext()));
  });

  it("escapes %, CR and LF in messages, and also : and , in properties", () => {
    expect(escapeCommandData("100% a\r\nb: c, d")).toBe("100%25 a%0D%0Ab: c, d");
    expect(escapeCommandProperty("100% a\r\nb: c, d")).toBe("100%25 a%0D%0Ab%3A c%2C d");
    expect(escapeCommandData("\u001b[31mrojo\u0000")).toBe("[31mrojo");
  });

  it("keeps each annotation on one line with hostile text, and escapes the file property", () => {
    const output = formatGithub(hostileReport(), formatContext());
    const lines = output.split("\n").filter(Boolean);
    expect(lines.every((line) => /^::(error|warning|notice)[ :]/.test(line))).toBe(true);
    expect(output).not.toMatch(/[\r\u0000\u001b]/);
    const escapedFile = escapeCommandProperty(hostileFile);
    expect(escapedFile).not.toMatch(/[,:]/);
    expect(lines.filter((l) => l.includes(`file=${escapedFile},`)).length).toBeGreaterThan(0);
  });

  it("annotates a gap at line 1 and a conflict at its passage, with the dimension as title", () => {
    const lines = annotations();
    expect(lines).toContainEqual(expect.stringMatching(/^::error file=[^:]*,line=1,title=E5 Enfoque intercultural::brecha, 0\.08/));
    expect(lines).toContainEqual(
      expect.stringMatching(/^::error file=[^:]*,line=20,endLine=20,col=1,endColumn=111,title=P3 No criminalización ni discriminación::conflicto/),
    );
  });

  it("puts the unreadable document first, so the cap never hides it", () => {
    expect(annotations()[0]).toBe("::error file=borradores/roto.docx,title=policylint::no se pudo revisar: corrupt DOCX: end of central directory not found");
  });

  it("shows passing partials and accepted gaps as notices, and non-failing gaps as warnings", () => {
    const lines = annotations(canonicalReport, { failPolicy: { failOn: "none", failOnConflict: true } });
    expect(lines).toContainEqual(expect.stringMatching(/^::warning .*title=E5 /));
    expect(lines).toContainEqual(expect.stringMatching(/^::notice .*title=E6 /));
    expect(lines).toContainEqual(expect.stringMatching(/^::notice .*title=E2 .*aceptada/));
    expect(lines).toContainEqual(expect.stringMatching(/^::error .*title=P3 .*conflicto/));
  });

  it("emits at most 10 of each kind and one notice that counts the rest", () => {
    const lines = annotations(manyDocuments(3));
    expect(countOf(lines, "error")).toBe(10);
    expect(countOf(lines, "notice")).toBeLessThanOrEqual(9);
    const summary = lines.filter((l) => l.startsWith("::notice::"));
    expect(summary).toHaveLength(1);
    const total = 3 * 15; // per copy: 11 failing gaps, 1 conflict, 3 notices (E2 accepted, E6 and P3 partial)
    const shown = lines.length - 1;
    expect(summary[0]).toBe(`::notice::${total - shown} anotaciones más no se muestran: GitHub limita las anotaciones por paso; vea el informe completo`);
  });

  it("caps warnings as well", () => {
    const lines = annotations(manyDocuments(2), { failPolicy: { failOn: "none", failOnConflict: false } });
    expect(countOf(lines, "warning")).toBe(10);
    expect(countOf(lines, "error")).toBe(0);
    expect(lines.at(-1)).toMatch(/^::notice::\d+ anotaciones más/);
  });

  it("adds no summary when everything fits", () => {
    const report = structuredClone(canonicalReport);
    report.documents = [report.documents[1]!];
    expect(annotations(report)).toEqual([]);
  });
});
