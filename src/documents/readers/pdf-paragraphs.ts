import { endsInCutWord } from "./join-hyphenated-words.js";
import type { PdfLine } from "./pdf-lines.js";

/** A gap this much wider than the usual step from line to line separates paragraphs. */
const paragraphGapFactor = 1.4;
/** Widths are estimated from a line's average character: a word of wide letters ("manera") needs more. */
const wordWidthAllowance = 1.25;
/** A line ending a sentence or an introduction, maybe inside a quotation... */
const sentenceEnd = /[.:;][”"»’)*]*$/u;
/** ...followed by an article, chapter, numeral or literal label or a considerando ("Que, "), which starts a paragraph of its own. */
const labelStart = /^[“"«]?(?:que,\s|art[íi]culo\s+\d|cap[íi]tulo\s|t[íi]tulo\s|secci[óo]n\s|disposici[óo]n\s|[a-zñ][.)]\s|\d+(?:\.\d+)*[.)°º]?\s|[IVXLC]+[.)]\s)/iu;
/**
 * Labels that start a paragraph whatever ends the line before: an article or a disposition with
 * its dash ("Artículo 67.-", "Segunda.-"), a numeral before a capital ("53.5 Las", "11-A.2 La"), a heading in
 * capitals ("TÍTULO IV", "DISPOSICIONES COMPLEMENTARIAS FINALES"). A wrapped sentence does not
 * go on with these.
 */
const headingStarts = [
  /^[“"«]?(?:art[íi]culo|art\.)\s*(?:\d+|[IVXLC]+)\s?[°º]?(?:[-–]?[a-z]|\s+bis)?\s?[°º]?\s*\.?\s?[-–—]/iu,
  /^[“"«]?(?:primer[oa]?|segund[oa]|tercer[oa]?|cuart[oa]|quint[oa]|sext[oa]|s[ée]ptim[oa]|octav[oa]|noven[oa]|d[ée]cim[oa](?:\s+\p{L}+)?|[úu]nic[oa])\s*\.?\s?[-–—]/iu,
  /^[“"«]?\d+(?:-[A-Z])?(?:\.\d+)+\.?\s+\p{Lu}/u,
  /^[“"«]?(?:T[ÍI]TULO|CAP[ÍI]TULO|SECCI[ÓO]N|DISPOSICI[ÓO]N(?:ES)?)(?:\s|$)/u,
];
/** The right margin is where most lines end: a few wider lines (a table, a long URL) do not move it. */
const marginQuantile = 0.9;

/**
 * Which lines start a paragraph, page by page, read from the layout as pdftotext-like tools do:
 * after an empty line, after a gap clearly wider than the page's usual line step, or after a line
 * that stops short of the right margin by more than the next line's first word would need. Where
 * the layout cannot tell (ragged lines with no space between paragraphs, a page break), a label
 * ("Artículo 5.-", "b)", "2.1") after the end of a sentence also starts one. A paragraph may go on
 * across a page break. Lines are the body's, headers and footers removed.
 */
export function paragraphStarts(pages: readonly (readonly PdfLine[])[]): boolean[][] {
  const margin = rightMargin(pages);
  let previous: PdfLine | undefined;
  return pages.map((lines) => {
    const step = usualLineStep(lines);
    return lines.map((line, i) => {
      const before = previous;
      previous = line;
      if (line.baseline === undefined) return false;
      if (before === undefined || before.baseline === undefined) return true;
      if (endsInCutWord(before.text)) return false;
      if (i > 0 && step !== undefined && before.baseline - line.baseline > step * paragraphGapFactor) return true;
      if (headingStarts.some((heading) => heading.test(line.text)) || (sentenceEnd.test(before.text) && labelStart.test(line.text))) return true;
      return margin - before.right > firstWordWidth(line) * wordWidthAllowance;
    });
  });
}

/** The width the line's first word and a space take, at the line's own average character width. */
function firstWordWidth(line: PdfLine): number {
  const charWidth = (line.right - line.left) / Math.max(line.text.length, 1);
  const firstWord = line.text.split(" ", 1)[0] ?? "";
  return (firstWord.length + 1) * charWidth;
}

function rightMargin(pages: readonly (readonly PdfLine[])[]): number {
  const rights = pages.flatMap((lines) => lines.filter((line) => line.baseline !== undefined).map((line) => line.right));
  rights.sort((a, b) => a - b);
  return rights[Math.floor((rights.length - 1) * marginQuantile)] ?? 0;
}

/** The most frequent step down from one line to the next on a page, to the half point. */
function usualLineStep(lines: readonly PdfLine[]): number | undefined {
  const counts = new Map<number, number>();
  for (let i = 1; i < lines.length; i++) {
    const above = lines[i - 1]?.baseline;
    const below = lines[i]?.baseline;
    if (above === undefined || below === undefined || above <= below) continue;
    const step = Math.round((above - below) * 2) / 2;
    counts.set(step, (counts.get(step) ?? 0) + 1);
  }
  let usual: number | undefined;
  let most = 0;
  for (const [step, count] of counts) {
    if (count > most || (count === most && step < (usual as number))) [usual, most] = [step, count];
  }
  return usual;
}
