/** Lines this close to a page's top or bottom may be running headers, footers or page numbers... */
const edgeLines = 3;
/** ...but never more than a quarter of a page's lines, so a short page's body is not mistaken for them. */
const maxEdgeShare = 0.25;
const minRepeatedPages = 3;
const minRepeatedShare = 0.6;
const pageNumberPattern = /^[-–—\s]*(?:p[áa]g(?:ina)?\.?\s*)?\d{1,4}(?:\s*(?:de|\/)\s*\d{1,4})?[-–—\s]*$/iu;

/** A line of a page, with whatever else a reader keeps about it. */
export interface PageLine {
  text: string;
}

/**
 * Removes running headers and footers (a line at the top or bottom of at least 60 % of the pages,
 * and of 3 or more; digits do not count, so "Página 2 de 9" repeats) and bare page numbers.
 * Lines are trimmed.
 */
export function removePageFurniture<Line extends PageLine>(pages: readonly (readonly Line[])[]): Line[][] {
  const repeated = repeatedEdgeLines(pages);
  return pages.map((lines) => stripPageNumbers(dropEdgeLines(lines, (line) => repeated.has(furnitureKey(line)))));
}

function repeatedEdgeLines(pages: readonly (readonly PageLine[])[]): Set<string> {
  const pagesWithLine = new Map<string, number>();
  for (const lines of pages) {
    for (const key of new Set(edgeIndexes(lines).map((i) => furnitureKey(lines[i] as PageLine)))) {
      pagesWithLine.set(key, (pagesWithLine.get(key) ?? 0) + 1);
    }
  }
  const needed = Math.max(minRepeatedPages, Math.ceil(pages.length * minRepeatedShare));
  return new Set([...pagesWithLine].filter(([key, count]) => key !== "" && count >= needed).map(([key]) => key));
}

/** Digits vary from page to page in headers and footers; the words around them do not. */
function furnitureKey(line: PageLine): string {
  return line.text.toLowerCase().replace(/\d+/g, "#").replace(/\s+/g, " ").trim();
}

/** Indexes of the first and last non-empty lines of a page. */
function edgeIndexes(lines: readonly PageLine[]): number[] {
  const filled = lines.flatMap((line, i) => (line.text.trim() === "" ? [] : [i]));
  const size = Math.min(edgeLines, Math.ceil(filled.length * maxEdgeShare));
  return [...new Set([...filled.slice(0, size), ...filled.slice(filled.length - size)])];
}

function dropEdgeLines<Line extends PageLine>(lines: readonly Line[], isFurniture: (line: Line) => boolean): Line[] {
  const edges = new Set(edgeIndexes(lines));
  return lines.filter((line, i) => !(edges.has(i) && isFurniture(line)));
}

/** A page number is only furniture at the very top or bottom of the page, once headers are gone. */
function stripPageNumbers<Line extends PageLine>(lines: Line[]): Line[] {
  const isBlankOrNumber = (line: Line | undefined) => line !== undefined && (line.text.trim() === "" || pageNumberPattern.test(line.text));
  let start = 0;
  let end = lines.length;
  while (start < end && isBlankOrNumber(lines[start])) start++;
  while (end > start && isBlankOrNumber(lines[end - 1])) end--;
  return lines.slice(start, end);
}
