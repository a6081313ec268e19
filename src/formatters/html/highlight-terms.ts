import { escapeHtml } from "../escape-html.js";

/** A phrase to mark in a quote, with the class and tooltip of the finding it belongs to. */
export interface Highlight {
  term: string;
  className: string;
  title: string;
}

interface Range {
  start: number;
  end: number;
  highlight: Highlight;
}

/**
 * The quote as escaped HTML with each phrase found marked. Terms are written in the policy's base
 * form ("niño"), the draft inflects them ("niños"): matching ignores case and accents and lets each
 * word run on to the end of the word. Overlaps keep the earlier, longer mark.
 */
export function highlightTerms(original: string, highlights: readonly Highlight[]): string {
  // Composed first: a draft saved as NFD has accents as separate marks, which would split its words.
  const text = original.normalize("NFC");
  const folded = foldEachUnit(text);
  const ranges = highlights.flatMap((h) => findTerm(folded, h)).sort((a, b) => a.start - b.start || b.end - a.end);
  let html = "";
  let cursor = 0;
  for (const range of ranges) {
    if (range.start < cursor) continue;
    const { className, title } = range.highlight;
    html += escapeHtml(text.slice(cursor, range.start));
    html += `<mark class="${escapeHtml(className)}" title="${escapeHtml(title)}">${escapeHtml(text.slice(range.start, range.end))}</mark>`;
    cursor = range.end;
  }
  return html + escapeHtml(text.slice(cursor));
}

function findTerm(folded: string, highlight: Highlight): Range[] {
  // Only letters and digits are kept of a term, so nothing in the pattern needs escaping.
  const words = foldEachUnit(highlight.term.normalize("NFC")).split(/[^\p{L}\p{N}]+/u).filter(Boolean);
  if (!words.length) return [];
  const pattern = words.map((w) => `${w}[\\p{L}\\p{N}]*`).join("[^\\p{L}\\p{N}]+");
  const regex = new RegExp(`(?<![\\p{L}\\p{N}])${pattern}`, "gu");
  return [...folded.matchAll(regex)].map((m) => ({ start: m.index, end: m.index + m[0].length, highlight }));
}

/** Lower-cased and accent-free, one UTF-16 unit for one, so offsets in the folded text are offsets in the original. */
function foldEachUnit(text: string): string {
  let folded = "";
  for (let i = 0; i < text.length; i++) {
    const unit = text[i] as string;
    const plain = unit.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase();
    folded += plain.length === 1 ? plain : unit;
  }
  return folded;
}
