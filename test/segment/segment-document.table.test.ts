import { describe, expect, it } from "vitest";
import { segmentDocument } from "../../src/segment/segment-document.js";
import { expectWellFormed, outline, segment } from "./passage-invariants.js";

interface Row {
  name: string;
  lines: string[];
  /** "line kind label" of every passage, in order. */
  expected: string[];
}

const rows: Row[] = [
  {
    name: "a preamble around considerandos; 'Que' without a comma counts after CONSIDERANDO:",
    lines: [
      "EL PRESIDENTE DE LA REPÚBLICA",
      "",
      "CONSIDERANDO:",
      "",
      "Que, la Constitución reconoce la igualdad ante la ley;",
      "",
      "Que el Estado protege a las personas migrantes;",
      "",
      "De conformidad con la Ley N° 29158;",
      "",
      "DECRETA:",
      "",
      "Artículo 1.- Objeto",
      "El presente decreto regula la atención.",
    ],
    expected: [
      "1 preamble Preámbulo",
      "5 considerando Considerando 1",
      "7 considerando Considerando 2",
      "9 preamble Preámbulo",
      "13 article Artículo 1",
    ],
  },
  {
    name: "'Que' without a comma and without CONSIDERANDO: is preamble text",
    lines: ["DECRETO", "Que el Honorable Congreso de la Unión se ha servido dirigirme el siguiente", "Artículo 1. Se expide la Ley."],
    expected: ["1 preamble Preámbulo", "3 article Artículo 1"],
  },
  {
    name: "headings carry their context and take the title line below them",
    lines: [
      "TÍTULO II",
      "DE LOS DERECHOS",
      "",
      "**CAPÍTULO I  ",
      "**",
      "",
      "DISPOSICIONES GENERALES",
      "",
      "Artículo 5.- Igualdad",
      "",
      "Los migrantes gozan de los mismos derechos.",
      "",
      "### CAPITULO II - DEBERES",
      "##### Artículo 6",
      "Texto del artículo.",
      "## Título Preliminar DEFINICIONES",
      "### Párrafo I Objetivos",
    ],
    expected: [
      "1 heading Título II",
      "4 heading Título II, Capítulo I",
      "9 article Artículo 5",
      "13 heading Título II, Capítulo II",
      "14 article Artículo 6",
      "16 heading Título Preliminar",
      "17 heading Título Preliminar, Párrafo I",
    ],
  },
  {
    name: "numerales and the literales inside them",
    lines: [
      "**Artículo 5.- Derecho a la no devolución**",
      "5.1 Toda persona puede ingresar.",
      "5.2. El solicitante puede permanecer:",
      "a) hasta que se defina su situación;",
      "b. mientras dure el trámite.",
      "5.3 No puede invocar este derecho quien sea un peligro.",
      "1.1 Este número no sigue al artículo y es texto del numeral.",
    ],
    expected: [
      "1 article Artículo 5",
      "2 numeral Artículo 5, numeral 5.1",
      "3 numeral Artículo 5, numeral 5.2",
      "4 literal Artículo 5, numeral 5.2, literal a)",
      "5 literal Artículo 5, numeral 5.2, literal b)",
      "6 numeral Artículo 5, numeral 5.3",
    ],
  },
  {
    name: "labels printed with no space after their parenthesis, before a capital",
    lines: [
      "Artículo 2.- Enfoques",
      "La aplicación se rige por los siguientes enfoques:",
      "a)Enfoque de derechos humanos;",
      "b)Enfoque de género, que incluye:",
      "1)La igualdad;",
      "2)La no discriminación.",
      "c)enfoque en minúscula sigue siendo texto del literal b).",
    ],
    expected: [
      "1 article Artículo 2",
      "3 literal Artículo 2, literal a)",
      "4 literal Artículo 2, literal b)",
      "5 numeral Artículo 2, literal b), inciso 1",
      "6 numeral Artículo 2, literal b), inciso 2",
    ],
  },
  {
    name: "a wrapped reference to a numeral is not a numeral, even under an article without a number",
    lines: ["Artículo Décimo: PUBLICAR la ordenanza conforme al numeral", "44.3 del artículo 44 del TUO de la Ley N.° 27444."],
    expected: ["1 article Artículo Décimo"],
  },
  {
    name: "roman incisos (fracciones) with literales, DOF notes staying inside",
    lines: [
      "Artículo 3. Para efectos de la presente Ley se entenderá por:",
      "I. Autoridad migratoria, al servidor público;",
      "II. Acuerdo de readmisión:",
      "a) al acto por el cual;",
      "b)- al acto siguiente;",
      "III. Asilado: a todo extranjero;",
      "Fracción reformada DOF 30-10-2014",
      "IV.- Apátrida: toda persona.",
      "IV. BIS. Refugiado: toda persona.",
    ],
    expected: [
      "1 article Artículo 3",
      "2 numeral Artículo 3, inciso I",
      "3 numeral Artículo 3, inciso II",
      "4 literal Artículo 3, inciso II, literal a)",
      "5 literal Artículo 3, inciso II, literal b)",
      "6 numeral Artículo 3, inciso III",
      "8 numeral Artículo 3, inciso IV",
      "9 numeral Artículo 3, inciso IV bis",
    ],
  },
  {
    name: "numbered incisos: 1), 1\\. (markdown-escaped), (3)",
    lines: [
      "##### Artículo 5",
      "",
      "Quedan exceptuados:",
      "1) El personal diplomático",
      " acreditados en la República.",
      "2) Las personas en misión oficial.",
      "",
      "###### Artículo 6. Naturaleza jurídica.",
      "",
      "1\\. Los centros son públicos.",
      "",
      "2\\. Dependen del Ministerio.",
      "(3) Se rigen por este reglamento.",
    ],
    expected: [
      "1 article Artículo 5",
      "4 numeral Artículo 5, inciso 1",
      "6 numeral Artículo 5, inciso 2",
      "8 article Artículo 6",
      "10 numeral Artículo 6, inciso 1",
      "12 numeral Artículo 6, inciso 2",
      "13 numeral Artículo 6, inciso 3",
    ],
  },
  {
    name: "an inciso directly followed by a literal, and a roman sub-list under a literal",
    lines: [
      "##### Artículo 2",
      "1. Se entenderá por trabajador migratorio toda persona.",
      "2. a) Se entenderá por trabajador fronterizo",
      "b) Se entenderá por trabajador con empleo concreto:",
      "i) Que haya sido enviado;",
      "ii) Que realice un trabajo;",
      "c) Se entenderá por trabajador itinerante",
    ],
    expected: [
      "1 article Artículo 2",
      "2 numeral Artículo 2, inciso 1",
      "3 literal Artículo 2, inciso 2, literal a)",
      "4 literal Artículo 2, inciso 2, literal b)",
      "5 literal Artículo 2, inciso 2, literal b), inciso i",
      "6 literal Artículo 2, inciso 2, literal b), inciso ii",
      "7 literal Artículo 2, inciso 2, literal c)",
    ],
  },
  {
    name: "'i)' after 'h)' is a letter; 'j),' is a mention",
    lines: ["Artículo 9.- Son obligaciones:", "g) una;", "h) dos;", "i) tres;", "j), de la Ley citada, se aplica igual."],
    expected: ["1 article Artículo 9", "2 literal Artículo 9, literal g)", "3 literal Artículo 9, literal h)", "4 literal Artículo 9, literal i)"],
  },
  {
    name: "a quoted amendment may start its list at 'c)'; 'v)' continues 'iv)'",
    lines: [
      "ARTÍCULO 6°.- Incorpórase como inciso c) del artículo 23:",
      "“c) Reunificación familiar.”",
      "Artículo 7.- Casos:",
      "a) los siguientes:",
      "i) primero;",
      "ii) segundo;",
      "iii) tercero;",
      "iv) cuarto;",
      "v) quinto.",
    ],
    expected: [
      "1 article Artículo 6",
      "2 literal Artículo 6, literal c)",
      "3 article Artículo 7",
      "4 literal Artículo 7, literal a)",
      "5 literal Artículo 7, literal a), inciso i",
      "6 literal Artículo 7, literal a), inciso ii",
      "7 literal Artículo 7, literal a), inciso iii",
      "8 literal Artículo 7, literal a), inciso iv",
      "9 literal Artículo 7, literal a), inciso v",
    ],
  },
  {
    name: "Peruvian dispositions and the closing formula",
    lines: [
      "Artículo 6.- Refrendo",
      "El presente decreto es refrendado por el Ministro.",
      "",
      "DISPOSICIONES COMPLEMENTARIAS FINALES",
      "",
      "**PRIMERA.-** Vigencia",
      "El decreto entra en vigor al día siguiente.",
      "",
      "Segunda. Reglamentación",
      "",
      "DISPOSICIÓN COMPLEMENTARIA TRANSITORIA",
      "ÚNICA.- Actualización de solicitudes",
      "1.1. Los solicitantes deben actualizar sus solicitudes:",
      "a) El Ministerio mantiene una plataforma.",
      "",
      "DISPOSICIONES COMPLEMENTARIAS MODIFICATORIAS",
      "Primera.- Modificación",
      "",
      "DISPOSICIÓN COMPLEMENTARIA DEROGATORIA",
      "Única.- Derógase el Decreto Supremo N° 001-2017-IN.",
      "",
      "POR TANTO:",
      "",
      "Mando se publique y cumpla.",
    ],
    expected: [
      "1 article Artículo 6",
      "4 heading Disposiciones Complementarias Finales",
      "6 disposition Disposición Complementaria Final Primera",
      "9 disposition Disposición Complementaria Final Segunda",
      "11 heading Disposición Complementaria Transitoria",
      "12 disposition Disposición Complementaria Transitoria Única",
      "13 numeral Disposición Complementaria Transitoria Única, numeral 1.1",
      "14 literal Disposición Complementaria Transitoria Única, numeral 1.1, literal a)",
      "16 heading Disposiciones Complementarias Modificatorias",
      "17 disposition Disposición Complementaria Modificatoria Primera",
      "19 heading Disposición Complementaria Derogatoria",
      "20 disposition Disposición Complementaria Derogatoria Única",
      "22 paragraph Párrafo 1",
      "24 paragraph Párrafo 2",
    ],
  },
  {
    name: "Spanish inline dispositions and Mexican transitorios",
    lines: [
      "###### Disposición derogatoria única. Derogación normativa.",
      "",
      "Queda derogado el artículo 258.",
      "",
      "###### Disposición final primera. Título competencial.",
      "TRANSITORIOS",
      "PRIMERO. La Ley entrará en vigor al día siguiente.",
      "Décimo Primero. Los bienes inmuebles pasan a la Fiscalía.",
    ],
    expected: [
      "1 disposition Disposición Derogatoria Única",
      "5 disposition Disposición Final Primera",
      "6 heading Transitorios",
      "7 disposition Transitorio Primero",
      "8 disposition Transitorio Décimo Primero",
    ],
  },
  {
    name: "ordinal articles and transitorios: joined, elided before octavo, up to the nineties",
    lines: [
      "Artículo Decimoséptimo.- Salud.",
      "Artículo Decimoctavo.- Educación.",
      "Artículo Décimo Noveno.- Justicia.",
      "Artículo Vigesimoctavo.- Familia.",
      "Artículo Sexagésimo Tercero.- Trabajo.",
      "Artículo Nonagésimo.- Vigencia.",
      "TRANSITORIOS",
      "Decimoctava. Plazo de adecuación.",
    ],
    expected: [
      "1 article Artículo Decimoséptimo",
      "2 article Artículo Decimoctavo",
      "3 article Artículo Décimo Noveno",
      "4 article Artículo Vigesimoctavo",
      "5 article Artículo Sexagésimo Tercero",
      "6 article Artículo Nonagésimo",
      "7 heading Transitorios",
      "8 disposition Transitorio Decimoctava",
    ],
  },
  {
    name: "ordinals outside a disposition group are plain text",
    lines: ["Artículo 1.- Objeto", "PRIMERO. Esto sigue siendo el artículo 1."],
    expected: ["1 article Artículo 1"],
  },
  {
    name: "without legal structure: markdown headings and paragraphs are numbered paragraphs",
    lines: [
      "# Declaración de Los Ángeles",
      "",
      "Nosotros, los Jefes de Estado,",
      "reafirmamos nuestro compromiso.",
      "",
      "## Objetivos",
      "Fortalecer la protección.",
      "",
      "Promover la integración.",
    ],
    expected: ["1 paragraph Párrafo 1", "3 paragraph Párrafo 2", "6 paragraph Párrafo 3", "7 paragraph Párrafo 4", "9 paragraph Párrafo 5"],
  },
  {
    name: "a blank line after an unfinished sentence is a wrap, not a paragraph break",
    lines: ["Teniendo en cuenta los principios consagrados", "", "en los instrumentos fundamentales.", "", "Recordando la Convención."],
    expected: ["1 paragraph Párrafo 1", "5 paragraph Párrafo 2"],
  },
  {
    name: "SPIJ notes, CONCORDANCIAS, DOF notes and mentions do not open articles",
    lines: [
      "**Artículo 6.- Ministerio de Relaciones Exteriores**",
      "",
      "El Ministerio es el sector encargado.",
      "  ",
      "(\\*) Artículo modificado por el [Artículo 3 del Decreto Legislativo Nº 1719](/spij-ext-web/detallenorma/H1430935), publicado el 07 febrero 2026, cuyo texto es el siguiente:",
      "",
      "**CONCORDANCIAS:** [D.S. N° 119-2003-RE. Artículo 2.- Reglamento](/spij-ext-web/detallenorma/H852510)",
      "",
      "**“Artículo 6.- Ministerio de Relaciones Exteriores**",
      "",
      "6.1 El Ministerio vela por el cumplimiento.",
      "",
      "6.2 Puede emitir lineamientos, conforme al artículo 24 de la presente Ley.",
      "Artículo 24 de la presente Ley, cuyo texto se mantiene.",
      "Artículo reformado DOF 11-11-2020",
      "##### artículo 75, inciso 12 de la Ley Suprema se aplica.",
    ],
    expected: ["1 article Artículo 6", "9 article Artículo 6", "11 numeral Artículo 6, numeral 6.1", "13 numeral Artículo 6, numeral 6.2"],
  },
  {
    name: "CRLF, BOM, non-breaking spaces, tabs and NFD accents",
    lines: [
      "\uFEFFCONSIDERANDO:\r",
      "\r",
      "Que, la ley\u00a0reconoce derechos;\r",
      "\r",
      "\tArti\u0301culo\u00a01.- Objeto\r",
      "\tEl presente decreto.\r",
      "\tDISPOSICIO\u0301N COMPLEMENTARIA FINAL\r",
      "\tU\u0301NICA.- Vigencia.\r",
    ],
    expected: [
      "1 preamble Preámbulo",
      "3 considerando Considerando 1",
      "5 article Artículo 1",
      "7 heading Disposición Complementaria Final",
      "8 disposition Disposición Complementaria Final Única",
    ],
  },
];

describe("segmentDocument: labels, kinds and lines of each form", () => {
  it.each(rows)("$name", ({ lines, expected }) => {
    const text = lines.join("\n");
    expect(outline(text)).toEqual(expected);
    expectWellFormed(text, segment(text));
  });
});

const articleForms: [string, string][] = [
  ["**Artículo 5.- Título**\nTexto.", "Artículo 5"],
  ["##### Artículo 5\n\nTexto.", "Artículo 5"],
  ["ARTÍCULO 5o. Las disposiciones", "Artículo 5"],
  ["Artículo 5°.- Las disposiciones", "Artículo 5"],
  ["Art. 5.- Las disposiciones", "Artículo 5"],
  ["Art. 5", "Artículo 5"],
  ["ARTICULO 5 — Texto", "Artículo 5"],
  ["**ARTICULO 5°** — Texto", "Artículo 5"],
  ["**ARTICULO 10**. — El Estado", "Artículo 10"],
  ["Artículo 20-A.- Responsabilidades penales", "Artículo 20-A"],
  ["Artículo 12 bis.- Texto", "Artículo 12 bis"],
  ["Artículo 5 BIS. Se declara", "Artículo 5 bis"],
  ["Artículo Único.- Apruébase", "Artículo Único"],
  ["ARTÍCULO PRIMERO. Se expide la Ley.", "Artículo Primero"],
  ["Artículo Trigésimo Cuarto.- Se reforma", "Artículo Trigésimo Cuarto"],
  ["**“Artículo 19.- Ratificación**", "Artículo 19"],
  ["“ARTÍCULO 6°.- El Estado", "Artículo 6"],
  ["    **Artículo 36.-** **Beneficios**", "Artículo 36"],
  ["###### Artículo único. Aprobación del reglamento.", "Artículo Único"],
  ["Artículo 8”.- PROYECTOS", "Artículo 8"],
  ["Artículo 6°,- PROYECTOS DE HABILITACION URBANA", "Artículo 6"],
];

describe("segmentDocument: article headings in every form", () => {
  it.each(articleForms)("%j → %s", (text, label) => {
    const passages = segment(text);
    expect(passages.map((p) => [p.kind, p.label])).toEqual([["article", label]]);
    expect(text.slice(passages[0]!.span.start, passages[0]!.span.end)).toBe(text.trim());
  });
});

describe("segmentDocument: markers in the middle of a long line", () => {
  const line =
    "\"Artículo 21.- Prohibiciones Durante la vigencia le está prohibido: 21.1. Intervenir en asuntos políticos. " +
    "21.2. Realizar viajes, salvo lo dispuesto en el artículo 24. 21.3. Incumplir el plazo.\" " +
    "\"Artículo 30.- Sanciones Las sanciones son: a) Amonestación escrita. b) Pérdida del estatuto. " +
    "30.2 Las conductas son: a) Incumplir. b) Salir del país. Artículo 4. Incorporación de artículos.";
  const text = `Texto previo.\n${line}`;

  it("opens articles, numerals and literals at their exact column", () => {
    const passages = segment(text).filter((p) => p.start.line === 2);
    const starts = passages.map((p) => [p.label, text.slice(p.span.start, p.span.start + 6), p.start.column]);
    const at = (snippet: string) => line.indexOf(snippet) + 1;
    expect(starts).toEqual([
      ["Artículo 21", "\"Artíc", 1],
      ["Artículo 21, numeral 21.1", "21.1. ", at("21.1.")],
      ["Artículo 21, numeral 21.2", "21.2. ", at("21.2.")],
      ["Artículo 21, numeral 21.3", "21.3. ", at("21.3.")],
      ["Artículo 30", "\"Artíc", at("\"Artículo 30")],
      ["Artículo 30, literal a)", "a) Amo", at("a) Amo")],
      ["Artículo 30, literal b)", "b) Pér", at("b) Pér")],
      ["Artículo 30, numeral 30.2", "30.2 L", at("30.2")],
      ["Artículo 30, numeral 30.2, literal a)", "a) Inc", at("a) Inc")],
      ["Artículo 30, numeral 30.2, literal b)", "b) Sal", at("b) Sal")],
      ["Artículo 4", "Artícu", at("Artículo 4")],
    ]);
    expectWellFormed(text, segment(text));
  });

  it("does not split at mentions or out-of-sequence numbers", () => {
    const mention = "Artículo 2.- Alcance. Se aplica el artículo 24 de la presente Ley. 5.1 no sigue al artículo. c) tampoco sigue.";
    expect(outline(mention)).toEqual(["1 article Artículo 2"]);
  });
});

describe("segmentDocument: long passages", () => {
  const sentence = (i: number) => `La entidad ${i} aplica el Art. 5 del D.S. N° 003-2017-IN y el inc. b) del Sr. J. Pérez, etc. conforme a la ley. `;
  const body = Array.from({ length: 60 }, (_, i) => sentence(i)).join("");
  const text = `Artículo 7.- Alcance\n${body}`;

  it("are cut at sentence ends into parts labelled alike", () => {
    const passages = segment(text);
    expect(passages.length).toBeGreaterThan(2);
    passages.forEach((p, i) => {
      expect(p.label).toBe(`Artículo 7 (parte ${i + 1})`);
      expect(p.kind).toBe("article");
      expect(p.span.end - p.span.start).toBeLessThanOrEqual(1500);
      expect(text.slice(p.span.start, p.span.end)).toMatch(/(?:^Artículo 7|^La entidad \d+)[^]*conforme a la ley\.$/);
    });
    expect(passages[0]!.span.start).toBe(0);
    expect(passages.at(-1)!.span.end).toBe(text.trimEnd().length);
    expectWellFormed(text, passages);
  });
});

describe("segmentDocument: edge cases", () => {
  it.each(["", "   ", "\n\n\t\r\n\u00a0\uFEFF"])("gives [] for empty or blank text %j", (text) => {
    expect(segment(text)).toEqual([]);
  });

  it("sets the page of each passage from the page starts", () => {
    const text = "Artículo 1.- Uno.\n\nArtículo 2.- Dos.\n\nArtículo 3.- Tres.";
    const pages = [
      { page: 2, offset: text.indexOf("Artículo 2") },
      { page: 1, offset: 0 },
    ];
    const passages = segmentDocument({ uri: "a.pdf", format: "pdf", text, pages, warnings: [] });
    expect(passages.map((p) => p.page)).toEqual([1, 2, 2]);
  });

  it("sets the source paragraph each passage starts in, counted from 1", () => {
    const text = "Artículo 1.- Uno.\n\nArtículo 2.- Dos:\na) primero;\nb) segundo.";
    const paragraphs = [0, text.indexOf("Artículo 2"), text.indexOf("a)"), text.indexOf("b)")];
    const passages = segmentDocument({ uri: "a.docx", format: "docx", text, paragraphs, warnings: [] });
    expect(passages.map((p) => [p.label, p.paragraph])).toEqual([
      ["Artículo 1", 1],
      ["Artículo 2", 2],
      ["Artículo 2, literal a)", 3],
      ["Artículo 2, literal b)", 4],
    ]);
  });

  it("leaves paragraph unset when the document has no paragraph starts", () => {
    expect(segment("Artículo 1.- Uno.")[0]).not.toHaveProperty("paragraph");
  });

  it("leaves page unset when the document has no pages", () => {
    expect(segment("Artículo 1.- Uno.")[0]).not.toHaveProperty("page");
  });

  it("keeps the text exactly as written", () => {
    const text = "  **Artículo 1.-**   Los  migrantes\u00a0tienen derechos.  \n";
    const [passage] = segment(text);
    expect(text.slice(passage!.span.start, passage!.span.end)).toBe("**Artículo 1.-**   Los  migrantes\u00a0tienen derechos.");
  });
});
