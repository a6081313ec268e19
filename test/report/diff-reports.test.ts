import { describe, expect, it } from "vitest";
import type { FailPolicy } from "../../src/report/fail-policy.js";
import { diffReports, hasRegression, type DimensionDiff } from "../../src/report/diff-reports.js";
import type { DimensionScore, DocumentReport } from "../../src/score/types.js";
import { canonicalReport } from "../fixtures/canonical-report.js";
import { newerReport, olderReport } from "../fixtures/canonical-diff.js";

const failOnGap: FailPolicy = { failOn: "gap", failOnConflict: true };
const policy = canonicalReport.policy;

function withDimension(report: DocumentReport, id: string, change: Partial<DimensionScore>, score = report.score): DocumentReport {
  return { ...report, score, dimensions: report.dimensions.map((d) => (d.id === id ? { ...d, ...change } : d)) };
}

function dimensionOf(older: DocumentReport, newer: DocumentReport, id: string, failPolicy = failOnGap): DimensionDiff {
  return diffReports(older, newer, policy, failPolicy).dimensions.find((d) => d.id === id) as DimensionDiff;
}

describe("diffReports", () => {
  const diff = diffReports(olderReport, newerReport, policy, failOnGap);
  const byId = (id: string) => diff.dimensions.find((d) => d.id === id) as DimensionDiff;

  it("lists every dimension in the policy's order with both states and the change", () => {
    expect(diff.dimensions.map((d) => d.id)).toEqual(policy.dimensions.map((d) => d.id));
    expect(byId("E5")).toMatchObject({ old: { status: "gap", score: 0.08 }, new: { status: "partial", score: 0.4 }, gapClosed: true, gapOpened: false });
    expect(byId("E5").delta).toBeCloseTo(0.32);
    expect(byId("E6")).toMatchObject({ gapOpened: true, regression: true });
    expect(diff.scoreDelta).toBeCloseTo(newerReport.score - olderReport.score);
  });

  it("reports conflicts added and removed by pattern and label", () => {
    expect(byId("P3").conflictsRemoved).toEqual([
      { pattern: "P3-pena-por-ingreso-irregular", label: "Artículo 9", description: "Sanción penal por ingreso o permanencia irregular." },
    ]);
    expect(byId("P7").conflictsAdded.map((c) => c.pattern)).toEqual(["P7-expulsion-sin-debido-proceso"]);
    expect(byId("P7").regression).toBe(true);
    expect(byId("P3").regression).toBe(false);
  });

  it("a fall on a passing dimension, an unchanged gap and a kept accepted gap are not regressions", () => {
    expect(byId("E1")).toMatchObject({ regression: false, new: { failing: false } });
    expect(byId("P1")).toMatchObject({ regression: false, new: { failing: true, status: "gap" } });
    expect(byId("E2")).toMatchObject({ regression: false, new: { failing: false, accepted: { source: "config" } } });
    expect(diff.dimensions.filter((d) => d.regression).map((d) => d.id)).toEqual(["E6", "P7"]);
    expect(hasRegression(diff)).toBe(true);
  });

  it.each([
    { why: "status dropped (partial → gap)", old: { status: "partial", score: 0.3 }, new: { status: "gap", score: 0.28 }, regression: true },
    { why: "score fell more than 0.05 within a failing status", old: { status: "gap", score: 0.2 }, new: { status: "gap", score: 0.1 }, regression: true },
    { why: "score fell exactly 0.05", old: { status: "gap", score: 0.2 }, new: { status: "gap", score: 0.15 }, regression: false },
    { why: "score fell a little", old: { status: "gap", score: 0.2 }, new: { status: "gap", score: 0.17 }, regression: false },
    { why: "it improved but still fails", old: { status: "gap", score: 0.05 }, new: { status: "gap", score: 0.2 }, regression: false },
    { why: "it got worse but still passes", old: { status: "covered", score: 0.9 }, new: { status: "partial", score: 0.3 }, regression: false },
  ] as const)("$why → regression $regression", ({ old, new: after, regression }) => {
    const older = withDimension(olderReport, "P1", old);
    const newer = withDimension(olderReport, "P1", after);
    expect(dimensionOf(older, newer, "P1").regression).toBe(regression);
  });

  it("what fails follows the thresholds: --fail-on partial makes a new partial a regression", () => {
    const older = withDimension(olderReport, "P1", { status: "covered", score: 0.6 });
    const newer = withDimension(olderReport, "P1", { status: "partial", score: 0.4 });
    expect(dimensionOf(older, newer, "P1").regression).toBe(false);
    expect(dimensionOf(older, newer, "P1", { failOn: "partial", failOnConflict: true }).regression).toBe(true);
  });

  it("a conflict already there, cited at another article, is not a new one", () => {
    const moved = (olderReport.dimensions.find((d) => d.id === "P3") as DimensionScore).conflicts.map((c) => ({ ...c, label: "Artículo 10" }));
    const p3 = dimensionOf(olderReport, withDimension(olderReport, "P3", { conflicts: moved }), "P3");
    expect(p3.conflictsAdded.map((c) => c.label)).toEqual(["Artículo 10"]);
    expect(p3.conflictsRemoved.map((c) => c.label)).toEqual(["Artículo 9"]);
    expect(p3.regression).toBe(false);
  });

  it("a dimension accepted before and no longer is a regression when it fails", () => {
    const older = olderReport;
    const newer = withDimension(olderReport, "E2", { accepted: undefined });
    expect(dimensionOf(older, newer, "E2").regression).toBe(true);
  });

  it.each([
    { old: 0.6, new: 0.58, minScore: 0.59, regression: true },
    { old: 0.5, new: 0.48, minScore: 0.59, regression: false },
    { old: 0.5, new: 0.4, minScore: 0.59, regression: true },
    { old: 0.5, new: 0.7, minScore: 0.59, regression: false },
    { old: 0.6, new: 0.3, minScore: undefined, regression: false },
  ])("overall $old → $new with minScore $minScore → $regression", ({ old, new: after, minScore, regression }) => {
    const noFailures = (r: DocumentReport, score: number) => ({ ...r, score, dimensions: [] });
    const result = diffReports(noFailures(olderReport, old), noFailures(olderReport, after), policy, { ...failOnGap, ...(minScore === undefined ? {} : { minScore }) });
    expect(result.scoreRegression).toBe(regression);
    expect(hasRegression(result)).toBe(regression);
  });

  it("two identical reports have no regression", () => {
    expect(hasRegression(diffReports(olderReport, olderReport, policy, failOnGap))).toBe(false);
  });
});
