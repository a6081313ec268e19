import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { PdfLine } from "../../../src/documents/readers/pdf-lines.js";
import { paragraphStarts } from "../../../src/documents/readers/pdf-paragraphs.js";

/** A page of lines 14 points apart from y = 700 down, 5 points a character, left margin 70; `gapBefore` adds space. */
function page(lines: Array<{ text: string; right?: number; gapBefore?: number }>): PdfLine[] {
  let baseline = 714;
  return lines.map(({ text, right, gapBefore = 0 }) => {
    baseline -= 14 + gapBefore;
    return { text, baseline, left: 70, right: right ?? 70 + 5 * text.length };
  });
}

const full = (text: string) => ({ text, right: 500 });

describe("paragraphStarts", () => {
  it("starts a paragraph after a line that stops short of the margin", () => {
    const starts = paragraphStarts([
      page([full("El presente decreto tiene por objeto establecer las disposiciones de"), { text: "atención a migrantes." }, full("Las entidades públicas garantizan el acceso a la salud y la educación"), full("de las personas migrantes, cualquiera sea su situación migratoria y")]),
    ]);
    expect(starts).toEqual([[true, false, true, false]]);
  });

  it("does not when the next line's first word would not have fitted", () => {
    // 20 points left on the line; "Internacionales" needs about 80.
    const starts = paragraphStarts([page([full("a".repeat(86)), { text: "b".repeat(60), right: 480 }, { text: "Internacionales y otras cosas" }, full("c".repeat(86))])]);
    expect(starts[0]?.[2]).toBe(false);
  });

  it("starts a paragraph after a gap wider than the page's usual line step", () => {
    const starts = paragraphStarts([page([full("uno"), full("dos"), full("tres"), { ...full("cuatro"), gapBefore: 7 }, full("cinco")])]);
    expect(starts).toEqual([[true, false, false, true, false]]);
  });

  it("never starts one after a word cut by a hyphen", () => {
    const starts = paragraphStarts([page([full("en el contexto de la migra-"), { text: "ción internacional.", gapBefore: 20 }])]);
    expect(starts).toEqual([[true, false]]);
  });

  it("starts one at a label after the end of a sentence, even after a full line", () => {
    const starts = paragraphStarts([page([full("con pleno respeto de sus derechos."), full("Artículo 2.- Enfoques"), full("se rige por los siguientes enfoques:"), full("b) Enfoque de género"), full("conforme al"), full("artículo 5 de la Ley")])]);
    expect(starts).toEqual([[true, true, false, true, false, false]]);
  });

  it("starts one at an article, a disposition, a numeral or a heading whatever ends the line before", () => {
    const lines = ["DE LA SEGURIDAD CIUDADANA", "Artículo 67.- Ámbito", "conforme al numeral", "53.5 del artículo 53", "y el régimen", "53.6 Las sanciones", "con arreglo a las", "Segunda.- Aprobación", "de las", "DISPOSICIONES COMPLEMENTARIAS FINALES", "de las", "Disposiciones de la ley"];
    expect(paragraphStarts([page(lines.map(full))])).toEqual([[true, true, false, false, false, true, false, true, false, true, false, false]]);
  });

  it("reads literals with a dot, considerandos and quoted labels after the end of a sentence", () => {
    const lines = ["según la prórroga.", "h. Turista", "la legislación peruana”;", "Que, de acuerdo", "en los términos siguientes:", "“Artículo 6. Disposición", "sin punto", "Que, en cambio"];
    expect(paragraphStarts([page(lines.map(full))])).toEqual([[true, true, false, true, false, true, false, false]]);
  });

  it("goes on across a page break after a full line, and not after a short one", () => {
    const starts = paragraphStarts([page([full("primera línea de un párrafo que sigue en la página"), full("siguiente sin")]), page([full("interrupción alguna"), { text: "fin." }]), page([full("Otro párrafo")])]);
    expect(starts).toEqual([[true, false], [false, false], [true]]);
  });

  it("starts one after an empty line; an empty line starts none", () => {
    const empty: PdfLine = { text: "", left: Infinity, right: -Infinity };
    const [first, second] = page([full("uno"), full("dos")]) as [PdfLine, PdfLine];
    expect(paragraphStarts([[first, empty, second]])).toEqual([[true, false, true]]);
  });

  it("gives one answer per line for any lines, the first line with text starting a paragraph", () => {
    const line = fc.record({
      text: fc.string({ maxLength: 30 }),
      baseline: fc.option(fc.double({ min: -1000, max: 1000, noNaN: true }), { nil: undefined }),
      left: fc.double({ min: 0, max: 600, noNaN: true }),
      right: fc.double({ min: 0, max: 600, noNaN: true }),
    });
    fc.assert(
      fc.property(fc.array(fc.array(line, { maxLength: 12 }), { maxLength: 4 }), (pages) => {
        const lines: PdfLine[][] = pages.map((lines) => lines.map(({ baseline, ...rest }) => (baseline === undefined ? rest : { ...rest, baseline })));
        const starts = paragraphStarts(lines);
        expect(starts.map((page) => page.length)).toEqual(lines.map((page) => page.length));
        const flat = lines.flat();
        const flags = starts.flat();
        const first = flat.findIndex((line) => line.baseline !== undefined);
        flat.forEach((line, i) => {
          if (line.baseline === undefined) expect(flags[i]).toBe(false);
          if (i === first) expect(flags[i]).toBe(true);
        });
      }),
    );
  });
});
