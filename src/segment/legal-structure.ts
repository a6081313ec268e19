/**
 * The syntax of legal markers: what an article, heading, disposition or list item looks like at a
 * given offset of a line. Readers are anchored (sticky) and never look past the line; whether a
 * candidate is accepted in context (sequence, enclosing article) is the outline's business.
 */

/** A sub-unit of an article or disposition: "5.1", "a)", "II.", "1)". */
export interface Item {
  /** Items of one shape form one list; a new shape nests under the current item. */
  shape: "numeral" | "number" | "roman" | "letter" | "lowerRoman";
  /** As it appears in a label: "5.1", "a)", "II", "1", "ii". */
  name: string;
  /** Position in its list (a = 1, II = 2, 5.3 = 3), for sequence checks. */
  order: number;
  /** First component of a numeral ("5" of "5.3"), which must match the article number. */
  prefix?: number;
  /** "II. BIS" repeats its predecessor's order. */
  repeats?: boolean;
  /** A single letter that is also a roman numeral ("i)", "v)", "C)"): the outline decides which it is. */
  alsoRoman?: number;
  /** "a." is weaker evidence than "a)" (it also begins abbreviations and footers). */
  dotted?: boolean;
}

export type Marker =
  | { type: "article"; name: string; number: number | null }
  | { type: "heading"; level: number; name: string; needsTitle: boolean }
  /** "DISPOSICIONES COMPLEMENTARIAS FINALES", "TRANSITORIOS": the words as written. */
  | { type: "group"; words: string }
  /** "PRIMERA.-" within a group, or "Disposición final primera." naming its own group. */
  | { type: "disposition"; group: string | null; ordinal: string }
  | { type: "item"; item: Item }
  | { type: "considerando"; explicit: boolean }
  | { type: "considerandoHeader" };

export interface Found {
  marker: Marker;
  /** Offset just after the marker's own words, where its text (or a nested item) begins. */
  end: number;
}

const BARE: Record<string, string> = { á: "a", é: "e", í: "i", ó: "o", ú: "u", ñ: "n" };

/** Texts come with precomposed, decomposed (e + U+0301) or missing accents: accept all three (outside [classes]). */
function tolerant(source: string): string {
  return source.replace(/\[(?:\\.|[^\]])*\]|[áéíóúñ]/g, (c) => (c.length > 1 ? c : `(?:${c}|${BARE[c]}[\\u0301\\u0303]?)`));
}

const sticky = (source: string, flags = "iy") => new RegExp(tolerant(source), flags);

const WORD_END = "(?![a-zñáéíóúü\\u0301\\u0303])";
const UNIT = "(?:primer[oa]?|segund[oa]|tercer[oa]?|cuart[oa]|quint[oa]|sext[oa]|sép?tim[oa]|octav[oa]|noven[oa])";
const TENS = "(?:décim|vigésim|trigésim|cuadragésim|quincuagésim|sexagésim|septuagésim|octogésim|nonagésim)";
/** "Décimo", "Décimo Primero", "decimotercera", and with the o elided before octavo: "Decimoctavo", "vigesimoctava". */
const ORDINAL = `(?:${TENS}(?:[oa](?:\\s*${UNIT})?|octav[oa])|undécim[oa]|duodécim[oa]|únic[oa]|${UNIT})${WORD_END}`;
const LATIN = "(?:bis|ter|quáter|quater|quinquies|sexies|septies|octies|nonies|decies|undecies|duodecies)";
/** Markup or a stray quote may sit between a number and its punctuation: "1°** —", "8”.-"; scans turn ".-" into ",-". */
const CLOSE = `[\\s*_"”’]*`;
const PUNCT = "(?:[.:]|,?[-–—]|$)";
const NUMBER = `(?:(\\d{1,4})(?:\\s?[°º]|o(?=\\.))?(?:[-–]([a-z])|([a-z]))?${WORD_END}(?:\\s+(${LATIN})${WORD_END})?|(${ORDINAL}))`;

const ARTICLE = sticky(`(?:artículo|art\\.)\\s*${NUMBER}(?=${CLOSE}${PUNCT})`);
/** Mid-line an article needs firmer punctuation: "… materia. Artículo 4. Incorporación", "“Artículo 12.-". */
const INLINE_ARTICLE = sticky(`["“]?\\**artículo\\s+${NUMBER}${CLOSE}(\\.?\\s*[-–—]|\\.\\s+)`);
const HEADING = sticky(
  `(libro|parte|título|capítulo|subsección|sección|párrafo)\\s+(${ORDINAL}|preliminar${WORD_END}|\\d{1,3}(?!\\d)|[ivxlc]+${WORD_END})(\\s+bis${WORD_END})?`,
);
const GROUP_WORD = "(?:complementarias?|finales|final|transitorias?|modificatorias?|derogatorias?|adicionales|adicional|y|e)";
const GROUP = sticky(`(disposici(?:ones|ón)|artículos?\\s+transitorios?|transitorios?)${WORD_END}((?:\\s+${GROUP_WORD}${WORD_END})*)`);
const ORDINAL_ITEM = sticky(`(${ORDINAL})(?=${CLOSE}${PUNCT})`);
const CONSIDERANDO = /(?:Que|QUE)(,|\s)/y;
/** "CONSIDERANDO:" alone on its line; "Considerando lo expuesto, …" is a sentence. */
const CONSIDERANDO_HEADER = sticky(`considerandos?[\\s*_]*:?[\\s*_]*$`);

const NUMERAL = /(\d{1,3})((?:\.\d{1,2})+)\.?(?:\s?[-–])?(?=\s|$|\*)/y;
/** A label printed with no space after it ("a)Enfoque", "2)La", as LibreOffice prints a list with no label spacing) still is one when a capital follows its ")". */
const NUMBER_ITEM = /\(?(\d{1,3})\s?[°º]?\\?(?:\.-|\.|\)\s?-|\))(?=\s|$|\*|(?<=\))[A-ZÁÉÍÓÚÑ])/y;
const ROMAN_ITEM = /([IVXLC]+)(?:\.-|\.|\)\s?-|\)|\s[-–])(\s+(?:BIS|Bis|bis)\.?)?(?=\s|$|\*)/y;
const LETTER_ITEM = /\(?([a-zñA-ZÑ]|[ivx]{2,5})(\)\s?-|\)|\.-|\.)(?=\s|$|\*|(?<=\))[A-ZÁÉÍÓÚÑ])/y;

/** Leading markup that does not change what a line is: indentation, "#", "**", "> ", an opening quote. */
const DECORATION = /[\s\uFEFF>#*_“"«‘']*/y;
const NOTE = /\((?:\\?\*)+\)|CONCORDANCIAS?/y;
const PREAMBLE_FORMULA = sticky(
  "(?:Por ello|POR ELLO|Por lo expuesto|Estando a lo|De conformidad con|DE CONFORMIDAD CON|En uso de|EN USO DE|En ejercicio de|Con el voto|CON EL VOTO|EL PRESIDENTE|El Presidente de la|D ?E ?C ?R ?E ?T ?A|SE DECRETA|SE RESUELVE|RESUELVE|SE ACUERDA|HA DADO|Ha dado|EL CONGRESO|El Congreso|El Senado|EL SENADO|En su virtud|DISPONGO|POR CUANTO|Por cuanto|Teniendo presente)",
  "y",
);
const CLOSING_FORMULA = sticky(
  "(?:(?:POR TANTO|Por tanto)\\s*:|DAD[OA] EN LA SALA|Dad[oa] en (?:la (?:Casa|Sala)|el (?:Palacio|Despacho)|[A-Z][^\\s,]+,)|Regístrese|REGÍSTRESE|Mando se publique|MANDO SE PUBLIQUE|En Lima, a los)",
  "y",
);

function matchAt(pattern: RegExp, line: string, at: number): RegExpExecArray | null {
  pattern.lastIndex = at;
  return pattern.exec(line);
}

const isUpper = (c: string | undefined) => c !== undefined && c !== c.toLowerCase();
const isLower = (c: string | undefined) => c !== undefined && c !== c.toUpperCase();

/** After a heading's number only a title may follow: nothing, a separator, or a capital ("Título V de la ley" is a mention). */
function restOfHeading(line: string, end: number): string | null {
  const rest = line.slice(end).replace(/^[\s*_]+/, "");
  return rest === "" || /^[.\-–—:"“(]/.test(rest) || isUpper(rest[0]) ? rest : null;
}

/** Lower case without accents: the key to compare words written with or without them. */
export function fold(word: string): string {
  return word.normalize("NFD").replace(/[\u0300-\u036f]/g, "").toLowerCase();
}

/** "DISPOSICIONES COMPLEMENTARIA Y DEROGATORIA" → "Disposiciones Complementaria y Derogatoria". */
export function titleCase(words: string): string {
  return words
    .normalize("NFC")
    .toLowerCase()
    .split(/\s+/)
    .map((w) => (w === "y" || w === "e" ? w : w.charAt(0).toUpperCase() + w.slice(1)))
    .join(" ");
}

export function skipSpaces(line: string, from: number): number {
  while (from < line.length && /\s/.test(line[from] as string)) from++;
  return from;
}

/** Offset of the first character that is not indentation or markup. */
export function contentStart(line: string): number {
  DECORATION.lastIndex = 0;
  DECORATION.exec(line);
  return DECORATION.lastIndex;
}

export const isNote = (line: string, at: number) => matchAt(NOTE, line, at) !== null;
export const isPreambleFormula = (line: string, at: number) => matchAt(PREAMBLE_FORMULA, line, at) !== null;
export const isClosingFormula = (line: string, at: number) => matchAt(CLOSING_FORMULA, line, at) !== null;

function articleName(m: RegExpExecArray): { name: string; number: number | null } {
  const [, digits, hyphenLetter, letter, latin, ordinal] = m;
  if (digits === undefined) return { name: titleCase(ordinal as string), number: null };
  const suffixLetter = hyphenLetter ?? letter;
  const name = digits + (suffixLetter ? `-${suffixLetter.toUpperCase()}` : "") + (latin ? ` ${latin.normalize("NFC").toLowerCase()}` : "");
  return { name, number: Number(digits) };
}

function readArticle(line: string, at: number): Found | null {
  if (line[at] !== "A") return null;
  const m = matchAt(ARTICLE, line, at);
  return m ? { marker: { type: "article", ...articleName(m) }, end: at + m[0].length } : null;
}

export function readInlineArticle(line: string, at: number): Found | null {
  const m = matchAt(INLINE_ARTICLE, line, at);
  if (!m || !/^["“*]*A/.test(m[0])) return null;
  const end = at + m[0].length;
  const needsCapital = (m[6] as string).startsWith(".") && !/[-–—]/.test(m[6] as string);
  if (needsCapital && !isUpper(line[end]) && !/["“¿]/.test(line[end] ?? "")) return null;
  return { marker: { type: "article", ...articleName(m) }, end };
}

const HEADING_LEVELS = ["libro", "parte", "titulo", "capitulo", "seccion", "subseccion", "parrafo"];
const HEADING_NAMES = ["Libro", "Parte", "Título", "Capítulo", "Sección", "Subsección", "Párrafo"];

function readHeading(line: string, at: number): Found | null {
  const m = matchAt(HEADING, line, at);
  if (!m || !isUpper(line[at])) return null;
  const [, keyword, number, bis] = m as unknown as [string, string, string, string | undefined];
  if (/^[ivxlc]+$/i.test(number) && !isRoman(number)) return null;
  const end = at + m[0].length;
  const rest = restOfHeading(line, end);
  if (rest === null) return null;
  const level = HEADING_LEVELS.indexOf(fold(keyword));
  const name = `${HEADING_NAMES[level]} ${/^\d|^[IVXLC]+$/.test(number) ? number : titleCase(number)}${bis ? " bis" : ""}`;
  return { marker: { type: "heading", level, name, needsTitle: rest === "" }, end };
}

function readGroup(line: string, at: number): Found | null {
  const m = matchAt(GROUP, line, at);
  if (!m || !isUpper(line[at])) return null;
  const [whole, head, qualifiers] = m as unknown as [string, string, string];
  if (/^disp/i.test(head) && !/[a-z]{2}/i.test(qualifiers)) return null;
  const end = at + whole.length;
  const spaced = skipSpaces(line, end);
  const ordinal = matchAt(ORDINAL_ITEM, line, spaced);
  if (ordinal) {
    return { marker: { type: "disposition", group: `${head}${qualifiers}`, ordinal: titleCase(ordinal[1] as string) }, end: spaced + ordinal[0].length };
  }
  if (restOfHeading(line, end) === null) return null;
  return { marker: { type: "group", words: whole }, end };
}

function readOrdinalItem(line: string, at: number): Found | null {
  const m = matchAt(ORDINAL_ITEM, line, at);
  if (!m || !isUpper(line[at])) return null;
  return { marker: { type: "disposition", group: null, ordinal: titleCase(m[1] as string) }, end: at + m[0].length };
}

function readConsiderando(line: string, at: number): Found | null {
  const m = matchAt(CONSIDERANDO, line, at);
  if (m) return { marker: { type: "considerando", explicit: m[1] === "," }, end: at + 3 };
  const header = matchAt(CONSIDERANDO_HEADER, line, at);
  return header && isUpper(line[at]) ? { marker: { type: "considerandoHeader" }, end: at + header[0].length } : null;
}

const LETTERS = "abcdefghijklmnñopqrstuvwxyz";

const ROMAN = /^(?=[IVXLC])C{0,3}(?:XC|XL|L?X{0,3})(?:IX|IV|V?I{0,3})$/;
const isRoman = (s: string) => ROMAN.test(s);

function romanValue(roman: string): number {
  const values: Record<string, number> = { i: 1, v: 5, x: 10, l: 50, c: 100 };
  let total = 0;
  for (let i = 0; i < roman.length; i++) {
    const value = values[roman[i]!.toLowerCase()] ?? 0;
    const next = values[roman[i + 1]?.toLowerCase() ?? ""] ?? 0;
    total += value < next ? -value : value;
  }
  return total;
}

/** The list item at `at`, if any: "5.1", "1.", "(1)", "II.-", "a)", "b.", "ii)". */
export function readItem(line: string, at: number): Found | null {
  const found = (item: Item, m: RegExpExecArray): Found => ({ marker: { type: "item", item }, end: at + m[0].length });
  let m = matchAt(NUMERAL, line, at);
  // A numeral opens a sentence; "44.3 del artículo 44" is a wrapped reference.
  if (m && !isLower(line[skipSpaces(line, at + m[0].length)])) return found({ shape: "numeral", name: `${m[1]}${m[2]}`, order: Number(/\d+$/.exec(m[2] as string)![0]), prefix: Number(m[1]) }, m);
  if ((m = matchAt(NUMBER_ITEM, line, at))) return found({ shape: "number", name: m[1] as string, order: Number(m[1]) }, m);
  if ((m = matchAt(ROMAN_ITEM, line, at)) && isRoman(m[1] as string) && (m[1]!.length > 1 || line[at + 1] !== ")")) {
    const repeats = m[2] !== undefined;
    return found({ shape: "roman", name: `${m[1]}${repeats ? " bis" : ""}`, order: romanValue(m[1] as string), repeats }, m);
  }
  if (!(m = matchAt(LETTER_ITEM, line, at))) return null;
  const letter = m[1] as string;
  const dotted = m[2]!.startsWith(".");
  if (dotted && isUpper(letter)) return null;
  if (letter.length > 1) return isRoman(letter.toUpperCase()) ? found({ shape: "lowerRoman", name: letter, order: romanValue(letter) }, m) : null;
  const item: Item = { shape: "letter", name: `${letter})`, order: LETTERS.indexOf(letter.toLowerCase()) + 1, dotted };
  if (/[ivxlc]/i.test(letter)) item.alsoRoman = romanValue(letter);
  return found(item, m);
}

/** The marker a line opens with, tried from the most to the least specific form. */
export function readLineMarker(line: string, at: number): Found | null {
  if (isLower(line[at]) || /[\d(]/.test(line[at] ?? "")) return readItem(line, at);
  return (
    readArticle(line, at) ??
    readGroup(line, at) ??
    readHeading(line, at) ??
    readConsiderando(line, at) ??
    readOrdinalItem(line, at) ??
    readItem(line, at)
  );
}
