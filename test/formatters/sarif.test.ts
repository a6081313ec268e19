/**
 * SARIF: golden file, schema validation and the rules GitHub code scanning applies on upload.
 * After an intended change, regenerate the golden file with
 *   UPDATE_GOLDEN=1 npx vitest run test/formatters/sarif.test.ts
 * and review the diff as you would review code.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import AjvDraft04Module from "ajv-draft-04";
import addFormatsModule from "ajv-formats";
import type { Log, Result } from "sarif";
import { describe, expect, it } from "vitest";
import { formatSarif } from "../../src/formatters/sarif.js";
import { pascalCase } from "../../src/formatters/sarif-rules.js";
import type { FormatContext } from "../../src/formatters/types.js";
import type { RunReport } from "../../src/report/types.js";
import type { DocumentReport } from "../../src/score/types.js";
import { canonicalReport } from "../fixtures/canonical-report.js";
import { hostileReport } from "../fixtures/hostile-report.js";
import { repoRoot } from "../helpers.js";
import { expectGolden } from "./expect-golden.js";
import { formatContext } from "./format-context.js";

function sarifOf(report: RunReport = canonicalReport, context: Partial<FormatContext> = {}): Log {
  return JSON.parse(formatSarif(report, formatContext(context))) as Log;
}

function resultsOf(log: Log): Result[] {
  return log.runs[0]?.results ?? [];
}

// ajv-formats and ajv-draft-04 are CommonJS with a default export: NodeNext sees the module object.
const addFormats = addFormatsModule as unknown as typeof addFormatsModule.default;
// The official SARIF 2.1.0 schema is written in JSON Schema draft-04.
const AjvDraft04 = AjvDraft04Module as unknown as typeof AjvDraft04Module.default;

/** The official OASIS schema (sarif-2.1.0-rtm.5, as shipped in @microsoft/jest-sarif), committed so the test needs no download. */
const schemaFile = path.join(repoRoot, "test", "schemas", "sarif-2.1.0.json");

describe("sarif formatter", () => {
  it("matches test/golden/report.sarif", () => {
    expectGolden("report.sarif", formatSarif(canonicalReport, formatContext()));
  });

  it("validates against the official SARIF 2.1.0 schema", () => {
      // The schema's "language" pattern is not valid with the u flag; it is valid as a plain RegExp.
      const ajv = new AjvDraft04({ allErrors: true, strict: false, unicodeRegExp: false });
      addFormats(ajv);
      const validate = ajv.compile(JSON.parse(readFileSync(schemaFile, "utf8")));
      for (const report of [canonicalReport, hostileReport()]) {
        const valid = validate(sarifOf(report));
        expect(validate.errors ?? [], JSON.stringify(validate.errors, null, 2)).toEqual([]);
        expect(valid).toBe(true);
      }
  });

  describe.each([
    ["the canonical report", () => canonicalReport],
    ["a report with hostile text", hostileReport],
  ])("GitHub ingestion rules for %s", (_name, report) => {
    const log = sarifOf(report());
    const run = log.runs[0]!;
    const rules = run.tool.driver.rules ?? [];

    it("is one run of SARIF 2.1.0 by policylint, with a rule per dimension in policy order", () => {
      expect(log.version).toBe("2.1.0");
      expect(log.$schema).toBe("https://json.schemastore.org/sarif-2.1.0.json");
      expect(log.runs).toHaveLength(1);
      expect(run.tool.driver.name).toBe("policylint");
      expect(rules.map((r) => r.id)).toEqual(report().policy.dimensions.map((d) => d.id));
      for (const rule of rules) {
        expect(rule.shortDescription?.text).toBeTruthy();
        expect(rule.help?.text).toBeTruthy();
        expect(rule.properties?.tags?.length).toBeLessThanOrEqual(20);
      }
    });

    it("gives every result a known ruleId, a message, a relative location from line 1 and a fingerprint", () => {
      const results = resultsOf(log);
      expect(results.length).toBeGreaterThan(0);
      for (const result of results) {
        const index = rules.findIndex((r) => r.id === result.ruleId);
        expect(index, `${result.ruleId} is a rule`).toBeGreaterThanOrEqual(0);
        expect(result.ruleIndex).toBe(index);
        expect(result.message.text).toBeTruthy();
        expect(Object.values(result.partialFingerprints ?? {})).toHaveLength(1);
        expect(result.locations).toHaveLength(1);
        const { artifactLocation, region } = result.locations![0]!.physicalLocation!;
        expectRelativeUri(artifactLocation!.uri!);
        expect(artifactLocation!.uriBaseId).toBe("%SRCROOT%");
        expect(Number.isInteger(region!.startLine) && region!.startLine! >= 1).toBe(true);
        expect(region!.endLine ?? region!.startLine!).toBeGreaterThanOrEqual(region!.startLine!);
      }
    });

    it("reports the unreadable document as an error notification and the run as unsuccessful", () => {
      const invocation = run.invocations![0]!;
      expect(invocation.executionSuccessful).toBe(false);
      expect(invocation.toolExecutionNotifications).toHaveLength(1);
      const notification = invocation.toolExecutionNotifications![0]!;
      expect(notification.level).toBe("error");
      expectRelativeUri(notification.locations![0]!.physicalLocation!.artifactLocation!.uri!);
    });
  });

  it("anchors gaps at line 1 and says so, and conflicts at their passage", () => {
    const results = resultsOf(sarifOf());
    const gap = results.find((r) => r.ruleId === "E5")!;
    expect(gap.level).toBe("error");
    expect(gap.locations![0]!.physicalLocation!.region).toEqual({ startLine: 1 });
    expect(gap.message.text).toContain("se ancla en la línea 1");
    const conflict = results.find((r) => r.ruleId === "P3")!;
    expect(conflict.level).toBe("error");
    expect(conflict.locations![0]!.physicalLocation!.region).toEqual({ startLine: 20, startColumn: 1, endLine: 20, endColumn: 111 });
  });

  it("leaves out covered dimensions and partials that pass, and keeps partials that fail", () => {
    const ids = (log: Log) => resultsOf(log).map((r) => r.ruleId);
    expect(ids(sarifOf())).not.toContain("E1");
    expect(ids(sarifOf())).not.toContain("E6");
    const failOnPartial = sarifOf(canonicalReport, { failPolicy: { failOn: "partial", failOnConflict: true } });
    expect(resultsOf(failOnPartial).find((r) => r.ruleId === "E6")?.level).toBe("error");
  });

  it("follows the fail policy in its levels: gaps are warnings when gaps do not fail", () => {
    const log = sarifOf(canonicalReport, { failPolicy: { failOn: "none", failOnConflict: false } });
    const levelOf = (id: string) => resultsOf(log).find((r) => r.ruleId === id)?.level;
    expect(levelOf("E5")).toBe("warning");
    expect(levelOf("P3")).toBe("warning");
  });

  it("suppresses accepted gaps with their reason instead of failing on them", () => {
    const accepted = resultsOf(sarifOf()).find((r) => r.ruleId === "E2")!;
    expect(accepted.level).toBe("note");
    expect(accepted.suppressions).toEqual([{ kind: "external", justification: "El decreto regula solo trámites consulares." }]);
  });

  it("keeps fingerprints when lines move, and tells different files apart", () => {
    const fingerprints = (log: Log) => resultsOf(log).map((r) => JSON.stringify(r.partialFingerprints));
    const moved = structuredClone(canonicalReport);
    for (const dimension of (moved.documents[0] as DocumentReport).dimensions) {
      for (const conflict of dimension.conflicts) {
        conflict.start.line += 5;
        conflict.end.line += 5;
      }
    }
    expect(fingerprints(sarifOf(moved))).toEqual(fingerprints(sarifOf()));
    const renamed = structuredClone(canonicalReport);
    (renamed.documents[0] as DocumentReport).file = "borradores/otro.md";
    expect(fingerprints(sarifOf(renamed))).not.toEqual(fingerprints(sarifOf()));
    expect(new Set(fingerprints(sarifOf())).size).toBe(resultsOf(sarifOf()).length);
  });

  it("names rules in PascalCase without accents", () => {
    expect(pascalCase("Enfoque de género")).toBe("EnfoqueDeGenero");
    expect(pascalCase("No criminalización ni discriminación")).toBe("NoCriminalizacionNiDiscriminacion");
  });

  it("reports a run with no error documents as successful", () => {
    const report = structuredClone(canonicalReport);
    report.documents = report.documents.slice(0, 2);
    const invocation = sarifOf(report).runs[0]!.invocations![0]!;
    expect(invocation).toEqual({ executionSuccessful: true });
  });
});

/** Relative, forward slashes, a valid URI reference that resolves inside the checkout. */
function expectRelativeUri(uri: string): void {
  expect(uri).not.toMatch(/^[a-z][a-z0-9+.-]*:/i);
  expect(uri.startsWith("/")).toBe(false);
  expect(uri).not.toContain("\\");
  expect(uri).toMatch(/^[A-Za-z0-9\-._~%!$&'()*+,;=:@/]+$/);
  expect(new URL(uri, "file:///checkout/").href.startsWith("file:///checkout/")).toBe(true);
}
