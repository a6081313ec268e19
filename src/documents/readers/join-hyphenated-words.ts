import type { PageLine } from "./page-furniture.js";

/** A word cut at the end of a line: a letter, then a hyphen (ASCII, soft or Unicode). */
const cutWordEnd = /\p{L}[-\u00ad\u2010]$/u;
/** The rest of the word starts the next line in lowercase; "ex-\nMinistro" is not a cut word. */
const restOfWord = /^\p{Ll}\S*/u;

interface LineAt {
  page: number;
  line: number;
}

/**
 * Joins words hyphenated across line breaks ("migra-" + "ción" → "migración"), within a page and
 * from one page to the next. The rest of the word moves up and the rest of its line stays, so the
 * other lines keep their pages; a line left empty by the move is dropped. Lines keep whatever else
 * they carry.
 */
export function joinHyphenatedWords<Line extends PageLine>(pages: readonly (readonly Line[])[]): Line[][] {
  const result = pages.map((lines) => [...lines]);
  const emptied = new Set<string>();
  const order: LineAt[] = result.flatMap((lines, page) => lines.map((_, line) => ({ page, line })));
  order.forEach((at, i) => {
    const next = order[i + 1];
    if (!next) return;
    const joined = joinPair(textAt(result, at), textAt(result, next));
    if (!joined) return;
    setText(result, at, joined[0]);
    setText(result, next, joined[1]);
    if (joined[1] === "") emptied.add(`${next.page}:${next.line}`);
  });
  return result.map((lines, page) => lines.filter((_, line) => !emptied.has(`${page}:${line}`)));
}

/** Whether a line ends in a word cut by a hyphen, to go on in the next line. */
export function endsInCutWord(line: string): boolean {
  return cutWordEnd.test(line);
}

function joinPair(line: string, nextLine: string): [string, string] | undefined {
  if (!endsInCutWord(line)) return undefined;
  const rest = restOfWord.exec(nextLine);
  if (!rest) return undefined;
  return [line.slice(0, -1) + rest[0], nextLine.slice(rest[0].length).trimStart()];
}

function textAt(pages: readonly PageLine[][], at: LineAt): string {
  return pages[at.page]?.[at.line]?.text ?? "";
}

function setText<Line extends PageLine>(pages: Line[][], at: LineAt, text: string): void {
  const lines = pages[at.page] as Line[];
  lines[at.line] = { ...(lines[at.line] as Line), text };
}
