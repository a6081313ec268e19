import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { InvalidSourceError } from "../../src/errors.js";
import { loadPolicy } from "../../src/policy/load-policy.js";
import { bundledPolicyPath } from "../../src/policy/data-paths.js";
import { fixture } from "../helpers.js";

async function problemsOf(file: string): Promise<string[]> {
  try {
    await loadPolicy(fixture("policies", file), file);
  } catch (error) {
    if (error instanceof InvalidSourceError) return error.problems.map((p) => `${p.file}:${p.line}:${p.column}: ${p.message}`);
    throw error;
  }
  return [];
}

describe("policy validation", () => {
  it("accepts the bundled policy and the mini policy", async () => {
    expect(await problemsOf("mini-policy.yaml")).toEqual([]);
    const compiled = await loadPolicy(bundledPolicyPath);
    expect(compiled.policy.dimensions).toHaveLength(16);
  });

  it("reports every schema problem with line and column", async () => {
    const problems = await problemsOf("broken-policy.yaml");
    expect(problems).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^broken-policy\.yaml:26:\d+: .*unknown key "colour"/),
        expect.stringMatching(/^broken-policy\.yaml:33:\d+: .*kind/),
        expect.stringMatching(/^broken-policy\.yaml:41:\d+: .*weight/),
      ]),
    );
  });

  it("reports dangling references, duplicate ids and phrases that can never match", async () => {
    const problems = await problemsOf("broken-references.yaml");
    expect(problems).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^broken-references\.yaml:24:\d+: unknown lineamiento sub-item "L9\.z"/),
        expect.stringMatching(/^broken-references\.yaml:27:\d+: .*empty after normalisation/),
        expect.stringMatching(/^broken-references\.yaml:31:\d+: duplicate id "G1"/),
      ]),
    );
  });

  it("reports YAML syntax errors with line and column", async () => {
    const problems = await problemsOf("syntax-error.yaml");
    expect(problems.length).toBeGreaterThan(0);
    expect(problems[0]).toMatch(/^syntax-error\.yaml:\d+:\d+: /);
  });

  it("the bundled policy holds the whole source: 6 + 10 dimensions, 7 lineamientos, 43 sub-items, verbatim", async () => {
    const { policy } = await loadPolicy(bundledPolicyPath);
    expect(policy.dimensions.map((d) => d.id)).toEqual([
      "E1", "E2", "E3", "E4", "E5", "E6", "P1", "P2", "P3", "P4", "P5", "P6", "P7", "P8", "P9", "P10",
    ]);
    expect(policy.lineamientos.map((l) => l.id)).toEqual(["L1", "L2", "L3", "L4", "L5", "L6", "L7"]);
    expect(policy.lineamientos.map((l) => l.items.length)).toEqual([8, 9, 10, 4, 5, 3, 4]);
    const source = readFileSync(new URL("../../../shared/policy/000_19b48a500e0c874e.txt", import.meta.url), "utf8");
    const normalise = (s: string) => s.replace(/\*+/g, "").replace(/\s+/g, " ").trim();
    const stripHeaders = (s: string) =>
      s.replace(/PERÚ\s+Ministerio de\s+Relaciones Exteriores\s+Mesa de Trabajo Intersectorial\s+para la Gestión Migratoria\s+Secretaría Técnica/g, " ");
    const flat = normalise(stripHeaders(source.replace(/\*+/g, "")));
    const texts = [...policy.dimensions.map((d) => d.text), ...policy.lineamientos.flatMap((l) => l.items.map((i) => i.text))];
    for (const text of texts) expect(flat).toContain(normalise(text));
  });
});
