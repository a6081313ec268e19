import fc from "fast-check";
import { describe, it } from "vitest";
import { expectWellFormed, segment } from "./passage-invariants.js";

const legalPiece = fc.constantFrom(
  "Artículo", "Artículo 5.- ", "**Artículo 12.- Derechos**", "ARTÍCULO 5o. ", "“Artículo 19.- ", "Art. 5", "Arti\u0301culo 7.-",
  "\n", "\n\n", "\r\n", "\t", "\u00a0", "\uFEFF", " ", "1.1", "5.1 ", "21.1. ", "a) ", "b. ", "I. ", "II.- ", "1) ", "2. a) ", "ii) ",
  "CONSIDERANDO:\n", "Que, ", "Que ", "CAPÍTULO I\n", "TÍTULO II", "DISPOSICIONES COMPLEMENTARIAS FINALES\n", "PRIMERA.- ",
  "TRANSITORIOS\n", "ÚNICO.- ", "(\\*) Artículo modificado por el [Artículo 3](x)", "CONCORDANCIAS:", "POR TANTO:", "# ", "##### ",
  "**", ". ", ": ", "; ", "\" ", "D.S. N° 003", "Sr. J. Pérez", "etc.",
);
const draft = fc
  .array(fc.oneof(legalPiece, fc.string({ unit: "grapheme", maxLength: 20 }), fc.string({ unit: "binary", maxLength: 8 })), { maxLength: 60 })
  .map((parts) => parts.join(""));

describe("segmentDocument on arbitrary text", () => {
  it("never throws; spans stay in bounds, trimmed, increasing, and agree with their positions", () => {
    fc.assert(
      fc.property(draft, (text) => {
        expectWellFormed(text, segment(text));
      }),
      { numRuns: 400 },
    );
  });

  it("cuts long runs of mixed pieces within bounds too", () => {
    const long = fc.array(fc.oneof(legalPiece, fc.constantFrom("La ley se aplica. ", "sin punto ", "x".repeat(200))), { minLength: 100, maxLength: 400 });
    fc.assert(
      fc.property(long, (parts) => {
        const text = parts.join("");
        expectWellFormed(text, segment(text));
      }),
      { numRuns: 60 },
    );
  });
});
