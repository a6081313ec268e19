import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";
import { checkText } from "../../src/index.js";
import type { CompiledPolicy } from "../../src/match/compile-policy.js";
import { loadPolicy } from "../../src/policy/load-policy.js";

let policy: CompiledPolicy;
beforeAll(async () => {
  policy = await loadPolicy();
});

const legalPiece = fc.constantFrom(
  "Artículo 5.- ", "**Artículo 12.- Derechos**", "\n", "\n\n", "\r\n", "12.3 ", "a) ", "CONSIDERANDO:\n", "Que, ",
  "los derechos humanos de las personas migrantes", "no se aplicará el enfoque de género", "niños, niñas y adolescentes",
  "pena privativa de libertad por ingreso irregular", "salvo que", "seguridad vial", "mi\u0301grante", "\u00a0", ". ", "; ",
);
const draft = fc.array(fc.oneof(legalPiece, fc.string({ unit: "grapheme", maxLength: 30 })), { maxLength: 40 }).map((parts) => parts.join(""));

describe("checkText on arbitrary text", () => {
  it("never throws, keeps scores in [0, 1] and citations on real slices", () => {
    fc.assert(
      fc.property(draft, (text) => {
        const report = checkText(policy, text);
        expect(report.score).toBeGreaterThanOrEqual(0);
        expect(report.score).toBeLessThanOrEqual(1);
        for (const d of report.dimensions) {
          expect(d.score).toBeGreaterThanOrEqual(0);
          expect(d.score).toBeLessThanOrEqual(1);
          for (const c of [...d.citations, ...d.conflicts]) {
            const slice = text.slice(c.span.start, c.span.end).replace(/\s+/g, " ").trim();
            expect(slice.startsWith(c.quote.replace(/…$/, ""))).toBe(true);
            expect(c.start.line).toBeLessThanOrEqual(c.end.line);
          }
        }
      }),
      { numRuns: 150 },
    );
  });

  it("is deterministic: the same text gives the same report", () => {
    fc.assert(
      fc.property(draft, (text) => {
        expect(JSON.stringify(checkText(policy, text))).toBe(JSON.stringify(checkText(policy, text)));
      }),
      { numRuns: 50 },
    );
  });
});
