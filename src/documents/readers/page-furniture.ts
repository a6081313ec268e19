/** Lines this close to a page's top or bottom may be running headers, footers or page numbers... */
const edgeLines = 3;
/** ...but never more than a quarter of a page's lines, so a short page's body is not mistaken for them. */
const maxEdgeShare = 0.25;
const minRepeatedPages = 3;
const minRepeatedShare = 0.6;
const pageNumberPattern = /^[-–—\s]*(?:p[áa]g(?:ina)?\.?\s*)?\d{1,4}(?:\s*(?:de|\/)\s*\d{1,4})?[-–—\s]*$/iu;

/**
 * Removes running headers and footers (a line at the top or bottom of at least 60 % of the pages,
 * and of 3 or more; digits do not count, so "Página 2 de 9" repeats) and bare page numbers.
 * Pages are lists of trimmed lines.
 */
export function removePageFurniture(pages: readonly string[][]): string[][] {
  const repeated = repeatedEdgeLines(pages);
  return pages.map((lines) => stripPageNumbers(dropEdgeLines(lines, (line) => repeated.has(furnitureKey(line)))));
}

function repeatedEdgeLines(pages: readonly string[][]): Set<string> {
  const pagesWithLine = new Map<string, number>();
  for (const lines of pages) {
    for (const key of new Set(edgeIndexes(lines).map((i) => furnitureKey(lines[i] as string)))) {
      pagesWithLine.set(key, (pagesWithLine.get(key) ?? 0) + 1);
    }
  }
  const needed = Math.max(minRepeatedPages, Math.ceil(pages.length * minRepeatedShare));
  return new Set([...pagesWithLine].filter(([key, count]) => key !== "" && count >= needed).map(([key]) => key));
}

/** Digits vary from page to page in headers and footers; the words around them do not. */
function furnitureKey(line: string): string {
  return line.toLowerCase().replace(/\d+/g, "#").replace(/\s+/g, " ").trim();
}

/** Indexes of the first and last non-empty lines of a page. */
function edgeIndexes(lines: readonly string[]): number[] {
  const filled = lines.flatMap((line, i) => (line.trim() === "" ? [] : [i]));
  const size = Math.min(edgeLines, Math.ceil(filled.length * maxEdgeShare));
  return [...new Set([...filled.slice(0, size), ...filled.slice(filled.length - size)])];
}

function dropEdgeLines(lines: readonly string[], isFurniture: (line: string) => boolean): string[] {
  const edges = new Set(edgeIndexes(lines));
  return lines.filter((line, i) => !(edges.has(i) && isFurniture(line)));
}

/** A page number is only furniture at the very top or bottom of the page, once headers are gone. */
function stripPageNumbers(lines: string[]): string[] {
  let start = 0;
  let end = lines.length;
  while (start < end && (lines[start]?.trim() === "" || pageNumberPattern.test(lines[start] as string))) start++;
  while (end > start && (lines[end - 1]?.trim() === "" || pageNumberPattern.test(lines[end - 1] as string))) end--;
  return lines.slice(start, end);
}
