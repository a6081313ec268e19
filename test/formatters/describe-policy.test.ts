import { beforeAll, describe, expect, it } from "vitest";
import { formatPolicyItem, formatPolicyTree } from "../../src/formatters/policy/describe-policy.js";
import { messagesFor } from "../../src/i18n/index.js";
import { loadPolicy } from "../../src/policy/load-policy.js";
import type { Policy } from "../../src/policy/types.js";
import { fixture } from "../helpers.js";

let policy: Policy;
beforeAll(async () => {
  policy = (await loadPolicy(fixture("policies", "mini-policy.yaml"))).policy;
});

describe("policy descriptions", () => {
  it("show the tree with every id", () => {
    const tree = formatPolicyTree(policy, messagesFor("es"));
    for (const id of ["G1", "C1", "L1", "L1.a", "L1.b"]) expect(tree).toContain(id);
  });

  it("describe a dimension in Spanish and in English", () => {
    const es = formatPolicyItem(policy, "g1", messagesFor("es"));
    expect(es).toMatch(/^G1 {2}Enfoque de género \(enfoque; en: Gender approach\)/);
    expect(es).toContain("Cómo se detecta");
    expect(es).toContain("(mujer | mujeres) a ≤4 palabras de (migrante)");
    const en = formatPolicyItem(policy, "G1", messagesFor("en"));
    expect(en).toMatch(/^G1 {2}Gender approach \(enfoque; es: Enfoque de género\)/);
    expect(en).toContain("within 4 words of");
  });

  it("describe a sub-item and which dimensions use it, and a contrary pattern", () => {
    expect(formatPolicyItem(policy, "L1.B", messagesFor("es"))).toMatch(/L1\.b {2}Luchar contra la discriminación[\s\S]*dimensiones: C1/);
    expect(formatPolicyItem(policy, "C1", messagesFor("es"))).toContain("C1-pena-por-ingreso-irregular: Sanción penal por ingreso irregular.");
  });

  it("refuse an unknown id", () => {
    expect(() => formatPolicyItem(policy, "Z9", messagesFor("es"))).toThrow(/unknown policy id "Z9"/);
  });
});
