import { describe, expect, it } from "vitest";
import { removePageFurniture } from "../../../src/documents/readers/page-furniture.js";

const sentences = [
  "Artículo 1.- Objeto", "El presente decreto regula la atención a personas migrantes.", "Se reconoce su derecho a la salud.",
  "Artículo 2.- Enfoques", "Se aplica el enfoque de derechos humanos.", "Se aplica el enfoque de género.",
  "Artículo 3.- Acceso", "Las entidades garantizan la educación.", "Y el acceso a la justicia.",
  "Artículo 4.- Refrendo", "Lo refrenda el Ministro del Interior.", "Regístrese y comuníquese.",
  "Disposición final", "Entra en vigencia al día siguiente.", "De su publicación.",
];
/** A page of body text unlike any other page's. */
const body = (n: number) => sentences.slice(3 * (n - 1), 3 * n);

/** The texts left when the furniture is removed from pages of lines with these texts. */
const removed = (pages: string[][]) => removePageFurniture(pages.map((texts) => texts.map((text) => ({ text })))).map((lines) => lines.map((line) => line.text));

describe("removePageFurniture", () => {
  it("removes a header and a footer repeated on every page, digits aside", () => {
    const pages = [1, 2, 3].map((n) => ["MINISTERIO DEL INTERIOR", ...body(n), `Página ${n} de 3`]);
    expect(removed(pages)).toEqual([1, 2, 3].map(body));
  });

  it("removes a header on 3 of 5 pages (60 %)", () => {
    const pages = [1, 2, 3, 4, 5].map((n) => (n <= 3 ? ["Borrador", ...body(n)] : body(n)));
    expect(removed(pages)).toEqual([1, 2, 3, 4, 5].map(body));
  });

  it("keeps a line on 2 of 5 pages (40 %)", () => {
    const pages = [1, 2, 3, 4, 5].map((n) => (n <= 2 ? ["Borrador", ...body(n)] : body(n)));
    expect(removed(pages)).toEqual(pages);
  });

  it("needs at least three pages to call a line a running header", () => {
    const pages = [1, 2].map((n) => ["Borrador", ...body(n)]);
    expect(removed(pages)).toEqual(pages);
  });

  it("leaves a repeated line alone when it is in the middle of long pages", () => {
    const pages = [1, 2, 3].map((n) => [...body(n), "Regístrese y comuníquese.", ...body(n + 2)]);
    expect(removed(pages)).toEqual(pages);
  });

  it("looks at no more than a quarter of a short page", () => {
    const shared = "Se aplica el enfoque de género.";
    const pages = [1, 2, 3].map((n) => ["Borrador", (body(n)[0] as string), shared, (body(n)[1] as string)]);
    expect(removed(pages)).toEqual([1, 2, 3].map((n) => [body(n)[0], shared, body(n)[1]]));
  });

  it.each([["7"], ["- 7 -"], ["Pág. 7"], ["página 7 de 12"], ["7/12"]])("removes the bare page number %s even on a short document", (number) => {
    expect(removed([[number, ...body(1)], [...body(2), number]])).toEqual([body(1), body(2)]);
  });

  it("keeps a numeral that only looks like a number", () => {
    expect(removed([["2.1 Enfoque de género"]])).toEqual([["2.1 Enfoque de género"]]);
  });
});
