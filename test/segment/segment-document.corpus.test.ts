import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import type { Passage } from "../../src/segment/types.js";
import { expectWellFormed, segment } from "./passage-invariants.js";

const rawDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../../shared/corpus/raw");
const hasCorpus = existsSync(rawDir);
const read = (file: string) => readFileSync(path.join(rawDir, file), "utf8");

/** Known places, looked up by hand in the raw files: [label, kind, start line]. */
const known: Record<string, [string, Passage["kind"], number][]> = {
  "pe-ley27891-ley-del-refugiado.md": [
    ["Artículo 3", "article", 49],
    ["Artículo 5", "article", 71],
    ["Artículo 5, numeral 5.2", "numeral", 75],
    ["Capítulo III", "heading", 79],
    ["Artículo 7, numeral 7.2, literal e)", "literal", 111],
    ["Artículo 13-A", "article", 189],
    ["Artículo 20-A", "article", 279],
    ["Artículo 30, numeral 30.6, literal b)", "literal", 383],
    ["Disposición Complementaria y Derogatoria Primera", "disposition", 452],
  ],
  "pe-dl1719-2026-modifica-ley-refugiado.md": [
    ["Considerando 1", "considerando", 4],
    ["Considerando 8", "considerando", 14],
    ["Artículo 1", "article", 19],
    ["Artículo 4", "article", 42],
    ["Disposición Complementaria Transitoria Única", "disposition", 51],
    ["Disposición Complementaria Transitoria Única, numeral 1.1", "numeral", 52],
  ],
  "ar-ley25871-migraciones-texto-actualizado.md": [
    ["Artículo 1", "article", 47],
    ["Artículo 3, literal k)", "literal", 137],
    ["Título I, Capítulo I", "heading", 149],
    ["Artículo 23, literal ñ)", "literal", 715],
    ["Artículo 126", "article", 3011],
  ],
  "mx-ley-de-migracion.txt": [
    ["Artículo Primero", "article", 22],
    ["Título Primero, Capítulo Único", "heading", 26],
    ["Artículo 3, inciso XXXVI", "numeral", 256],
    ["Artículo 162", "article", 2085],
    ["Transitorio Primero", "disposition", 2090],
  ],
  "es-rd162-2014-reglamento-centros-internamiento-extranjeros.md": [
    ["Artículo Único", "article", 65],
    ["Disposición Final Primera", "disposition", 73],
    ["Artículo 1, inciso 1", "numeral", 105],
    ["Disposición Adicional Primera", "disposition", 847],
    ["Disposición Transitoria Única", "disposition", 865],
  ],
  "un-convencion-trabajadores-migratorios-ar-ley26202.md": [
    ["Artículo 1", "article", 31],
    ["Parte I", "heading", 297],
    ["Artículo 2, inciso 2, literal a)", "literal", 339],
    ["Artículo 93", "article", 3401],
  ],
  "pe-ds015-2017-re-politica-nacional-migratoria-decreto.md": [
    ["Considerando 1", "considerando", 18],
    ["Considerando 16", "considerando", 48],
    ["Artículo 1", "article", 56],
    ["Disposición Complementaria Final Segunda", "disposition", 87],
  ],
  "cl-ley21325-migracion-extranjeria.md": [
    ["Título Preliminar", "heading", 9],
    ["Artículo 1, inciso 2", "numeral", 15],
    ["Título II, Párrafo I", "heading", 25],
  ],
  "uy-ley18250-migraciones.md": [
    ["Artículo 5, inciso 1", "numeral", 40],
    ["Capítulo XVI", "heading", 932],
    ["Artículo 84", "article", 952],
  ],
  "neg-mx-ley-de-mineria.txt": [
    ["Artículo 3, inciso I", "numeral", 36],
    ["Artículo 4, inciso II bis", "numeral", 75],
    ["Artículo 5 bis", "article", 122],
  ],
};

describe.skipIf(!hasCorpus)("segmentDocument on the corpus", () => {
  describe.each(Object.entries(known))("%s", (file, places) => {
    const text = hasCorpus ? read(file) : "";
    const passages = segment(text);

    it.each(places)("finds %s (%s) at line %i", (label, kind, line) => {
      const found = passages.filter((p) => p.label === label || p.label === `${label} (parte 1)`);
      expect(found.map((p) => [p.kind, p.start.line])).toContainEqual([kind, line]);
    });

    it("starts every article at an article heading, never at an editorial note", () => {
      for (const p of passages.filter((x) => x.kind === "article" && !/\(parte (?!1\))/.test(x.label))) {
        expect(text.slice(p.span.start, p.span.start + 40)).toMatch(/^["“*#\s]*(?:Art[ií]culo|ART[IÍ]CULO|Art\.)/);
      }
    });
  });

  it("gives the exact column of a numeral in the middle of a long line", () => {
    const text = read("pe-dl1719-2026-modifica-ley-refugiado.md");
    const line25 = text.split("\n")[24] as string;
    const numeral = segment(text).find((p) => p.label === "Artículo 6, numeral 6.2" && p.start.line === 25);
    expect(numeral?.start.column).toBe(line25.indexOf("6.2 Dentro") + 1);
  });

  it("keeps a SPIJ note in the article it follows", () => {
    const text = read("pe-ley27891-ley-del-refugiado.md");
    const articles6 = segment(text).filter((p) => p.label === "Artículo 6");
    expect(articles6.map((p) => p.start.line)).toEqual([85, 91]);
    expect(text.slice(articles6[0]!.span.start, articles6[0]!.span.end)).toContain("(\\*) Artículo modificado por el [Artículo 3");
  });

  const files = hasCorpus ? readdirSync(rawDir).filter((f) => /\.(md|txt)$/.test(f)) : [];
  it.each(files)("%s: passages are trimmed, ordered, located and at most 1,500 characters", (file) => {
    const text = read(file);
    const passages = segment(text);
    expect(passages.length).toBeGreaterThan(0);
    expectWellFormed(text, passages);
    for (const p of passages) expect(p.span.end - p.span.start).toBeLessThanOrEqual(1500);
  });
});
