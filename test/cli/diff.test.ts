import { existsSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { run } from "../../src/cli/run.js";
import { tempTree } from "../config/config-files.js";
import { repoRoot } from "../helpers.js";
import { fakeIo } from "./fake-io.js";
import { miniDrafts, miniPolicy } from "./mini-drafts.js";

async function diff(argv: string[], cwd = repoRoot) {
  const io = fakeIo({ cwd });
  const code = await run(["diff", ...argv], io);
  return { code, out: io.out(), err: io.err() };
}

const older = "fixtures/drafts/decreto-alineado.md";
const newer = "fixtures/drafts/decreto-alineado-v2.md";
const haveFixtures = existsSync(path.join(repoRoot, older)) && existsSync(path.join(repoRoot, newer));

describe.runIf(haveFixtures)("policylint diff on the aligned decree and its second version", () => {
  it("json: both scores, every dimension, and an exit code that follows the regressions", async () => {
    const { code, out, err } = await diff([older, newer, "--format", "json"]);
    expect(err).toBe("");
    const report = JSON.parse(out);
    expect(report).toMatchObject({ schemaVersion: 1, old: { file: older }, new: { file: newer } });
    expect(report.dimensions).toHaveLength(16);
    expect(report.scoreDelta).toBeCloseTo(report.new.score - report.old.score, 3);
    expect(code).toBe(report.regressions.length > 0 || report.scoreRegression ? 1 : 0);
  });

  it("text in Spanish by default, markdown as a table", async () => {
    const text = await diff([older, newer]);
    expect(text.out).toMatch(/^Comparación: fixtures\/drafts\/decreto-alineado\.md → fixtures\/drafts\/decreto-alineado-v2\.md\nPuntaje global: /);
    expect(text.out).toMatch(/^Regresiones: /m);
    const markdown = await diff([older, newer, "--format", "markdown", "--lang", "en"]);
    expect(markdown.out).toMatch(/^\| Id \| Dimension \| Before \| After \| Δ \| \|$/m);
  });

  it("a draft compared with itself changes nothing", async () => {
    const { code, out } = await diff([older, older, "--format", "json"]);
    const report = JSON.parse(out);
    expect(code).toBe(0);
    expect(report.scoreDelta).toBe(0);
    expect(report.dimensions.every((d: { delta: number }) => d.delta === 0)).toBe(true);
  });
});

describe("policylint diff exit codes", () => {
  const dir = tempTree({ "completo.md": miniDrafts.complete, "sin-genero.md": miniDrafts.withoutGender, "con-pena.md": miniDrafts.withPenalty });
  const mini = ["--policy", miniPolicy, "--format", "json"];

  it("1 when a dimension that fails in NEW got worse", async () => {
    const { code, out } = await diff(["completo.md", "sin-genero.md", ...mini], dir);
    expect(code).toBe(1);
    expect(JSON.parse(out)).toMatchObject({ gapsOpened: ["G1"], regressions: ["G1"] });
  });

  it("0 when NEW only improves, even with gaps left", async () => {
    const { code, out } = await diff(["sin-genero.md", "completo.md", ...mini], dir);
    expect(code).toBe(0);
    expect(JSON.parse(out)).toMatchObject({ gapsClosed: ["G1"], regressions: [] });
  });

  it("1 for a new conflict, named by pattern and label", async () => {
    const { code, out } = await diff(["completo.md", "con-pena.md", ...mini], dir);
    expect(code).toBe(1);
    const c1 = JSON.parse(out).dimensions.find((d: { id: string }) => d.id === "C1");
    expect(c1.conflictsAdded).toEqual([expect.objectContaining({ pattern: "C1-pena-por-ingreso-irregular", label: expect.stringMatching(/Artículo 3/) })]);
  });

  it("thresholds decide what fails: --fail-on none and no conflicts leave nothing to regress", async () => {
    expect((await diff(["completo.md", "sin-genero.md", ...mini, "--fail-on", "none"], dir)).code).toBe(0);
  });

  it("--min-score: an overall score that falls below it is a regression", async () => {
    const { code, out } = await diff(["completo.md", "sin-genero.md", ...mini, "--fail-on", "none", "--min-score", "0.99"], dir);
    expect(code).toBe(1);
    expect(JSON.parse(out).scoreRegression).toBe(true);
  });

  it("an accepted gap in the config is not a regression", async () => {
    const config = `policy: ${JSON.stringify(miniPolicy)}\naccept:\n  - dimension: G1\n    reason: Norma consular.\n`;
    const withConfig = tempTree({ "policylint.config.yaml": config, "a.md": miniDrafts.complete, "b.md": miniDrafts.withoutGender });
    expect((await diff(["a.md", "b.md"], withConfig)).code).toBe(0);
    expect((await diff(["a.md", "b.md", "--no-config", "--policy", miniPolicy], withConfig)).code).toBe(1);
  });

  it.each([
    { argv: ["completo.md", "no-existe.md"], stderr: /no-existe\.md: / },
    { argv: ["completo.md"], stderr: /missing required argument/ },
    { argv: ["completo.md", "sin-genero.md", "--format", "sarif"], stderr: /invalid/i },
    { argv: ["completo.md", "sin-genero.md", "--min-score", "mucho"], stderr: /--min-score must be a number/ },
  ])("2 for $argv", async ({ argv, stderr }) => {
    const result = await diff([...argv, "--policy", miniPolicy], dir);
    expect(result.code).toBe(2);
    expect(result.err).toMatch(stderr);
    expect(result.out).toBe("");
  });
});
