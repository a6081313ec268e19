import { beforeAll, describe, expect, it } from "vitest";
import { checkText } from "../../src/index.js";
import type { CompiledPolicy } from "../../src/match/compile-policy.js";
import { loadPolicy } from "../../src/policy/load-policy.js";
import { fixture } from "../helpers.js";

let policy: CompiledPolicy;
beforeAll(async () => {
  policy = await loadPolicy(fixture("policies", "mini-policy.yaml"));
});

const dimension = (text: string, id: string) => checkText(policy, text).dimensions.find((d) => d.id === id)!;

// RuleTester-style rows: what must count, what must not, and why.
describe("matching and polarity", () => {
  it.each([
    ["Artículo 1.- Se aplica el enfoque de género en todos los servicios.", "G1", true],
    ["Artículo 1.- Se aplicará el Enfoque de Género.", "G1", true],
    ["Artículo 1.- Las mujeres migrantes reciben atención.", "G1", true],
    ["Artículo 1.- No se aplicará el enfoque de género.", "G1", false],
    ["Artículo 1.- Sin enfoque de género alguno.", "G1", false],
    ["Artículo 1.- Se garantiza la igualdad de género, salvo que la ley disponga otra cosa.", "G1", true],
    ["Artículo 1.- Se venden géneros y mercancías diversas.", "G1", false],
    ["Artículo 1.- Las mujeres que venden flores en el mercado migrante.", "G1", false],
    ["Artículo 1.- Queda prohibida toda discriminación.", "C1", true],
    ["Artículo 1.- Sin discriminación alguna.", "C1", true],
  ])("%s → %s counted: %s", (text, id, counted) => {
    expect(dimension(text, id).status !== "gap").toBe(counted);
  });

  it("a negated mention is reported as discarded with its cue", () => {
    const d = dimension("Artículo 4.- No se aplicará el enfoque de género.", "G1");
    expect(d.explanation.discarded).toEqual([
      { term: "enfoque de género", reason: "negated", cue: "no", label: "Artículo 4", line: 1 },
    ]);
  });

  it("an exception cue discards what follows it", () => {
    const d = dimension("Artículo 4.- Todo servicio es gratuito, salvo que se trate del enfoque de género.", "G1");
    expect(d.status).toBe("gap");
    expect(d.explanation.discarded[0]?.reason).toBe("exception");
  });
});

describe("conflicts", () => {
  it("a contrary provision sets conflict with its citation", () => {
    const text = "Artículo 1.- Objeto\n\nArtículo 9.- El ingreso irregular será sancionado con pena privativa de libertad.";
    const d = dimension(text, "C1");
    expect(d.conflict).toBe(true);
    expect(d.conflicts).toHaveLength(1);
    expect(d.conflicts[0]).toMatchObject({ label: "Artículo 9", pattern: "C1-pena-por-ingreso-irregular", start: { line: 3 } });
  });

  it("a negated contrary provision is coverage, not conflict", () => {
    const d = dimension("Artículo 3.- El migrante no será sancionado penalmente por su ingreso irregular.", "C1");
    expect(d.conflict).toBe(false);
    expect(d.status).not.toBe("gap");
    expect(d.citations[0]?.terms).toEqual(expect.arrayContaining(["sancionado penalmente", "ingreso irregular"]));
  });
});

describe("citations", () => {
  it("point at the passage's lines and the best matching policy item", () => {
    const text = "Artículo 1.- Objeto\n\nArtículo 2.- Igualdad\n\nSe promueve la igualdad de género entre mujeres y hombres migrantes.";
    const [citation] = dimension(text, "G1").citations;
    expect(citation).toMatchObject({ policyRef: "L1.a", start: { line: 3, column: 1 }, end: { line: 5 } });
    expect(citation!.label).toMatch(/^Artículo 2/);
    expect(text.slice(citation!.span.start, citation!.span.end)).toContain("igualdad de género");
  });

  it("every score stays in [0, 1] and the overall score shows its arithmetic", () => {
    const report = checkText(policy, "Artículo 1.- El enfoque de género y la igualdad de género contra la discriminación.");
    for (const d of report.dimensions) expect(d.score).toBeGreaterThanOrEqual(0);
    for (const d of report.dimensions) expect(d.score).toBeLessThanOrEqual(1);
    const sum = report.overall.terms.reduce((s, t) => s + t.counted, 0);
    expect(report.overall.score).toBeCloseTo(sum / report.overall.terms.length, 3);
  });
});
