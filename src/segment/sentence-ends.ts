import type { Span } from "../text/types.js";
import { skipSpaces } from "./legal-structure.js";

/** Passages longer than this are cut so that a citation points at a readable stretch of text. */
export const MAX_PASSAGE_LENGTH = 1500;
/** No chunk is cut shorter than this, so a cut never leaves a stub behind. */
const MIN_CHUNK_LENGTH = 500;

/** Words that end in a period without ending the sentence ("Art. 5", "D.S. N° 003", "inc. b"). */
const ABBREVIATIONS = new Set(["art", "arts", "inc", "núm", "num", "n°", "nº", "dr", "dra", "sr", "sra", "srta", "lic", "ing", "pág", "págs", "cfr", "ej"]);
/** "D.S", "S.A", "R.M", "J" (an initial): letters joined by periods. */
const INITIALS = /^(?:[A-Za-z]\.)*[A-Za-z]$/;
/** Longer words are never abbreviations, which bounds the look-back. */
const LONGEST_ABBREVIATION = 12;
const isSpace = (c: string | undefined) => c !== undefined && /\s/.test(c);
const CLOSERS = "\"”’)»*";

/** Whether the period at `dot` closes an abbreviation or an initial rather than a sentence. */
export function isAbbreviationDot(text: string, dot: number): boolean {
  let wordStart = dot;
  const limit = Math.max(0, dot - LONGEST_ABBREVIATION - 1);
  while (wordStart > limit && !isSpace(text[wordStart - 1]) && !"([“\"".includes(text[wordStart - 1] as string)) wordStart--;
  const word = text.slice(wordStart, dot).normalize("NFC");
  if (word.length > LONGEST_ABBREVIATION) return false;
  return ABBREVIATIONS.has(word.toLowerCase()) || INITIALS.test(word);
}

/** Whether the mark at `dot` ends a sentence: space follows, then a word that is not lower-case. */
function endsSentence(text: string, dot: number): boolean {
  let after = dot + 1;
  while (after < text.length && CLOSERS.includes(text[after] as string)) after++;
  if (!isSpace(text[after])) return false;
  while (after < text.length && isSpace(text[after])) after++;
  const next = text[after];
  if (next === undefined || next !== next.toUpperCase()) return false;
  return text[dot] !== "." || !isAbbreviationDot(text, dot);
}

/** The offset just after the last sentence end in (from, to], closing quotes included, or -1. */
function lastSentenceEnd(text: string, from: number, to: number): number {
  for (let i = to - 1; i > from; i--) {
    const c = text[i];
    if ((c === "." || c === "?" || c === "!") && endsSentence(text, i)) {
      let end = i + 1;
      while (CLOSERS.includes(text[end] as string) && end < to) end++;
      return end;
    }
  }
  return -1;
}

function lastSpace(text: string, from: number, to: number): number {
  for (let i = to; i > from; i--) if (isSpace(text[i]) && !isSpace(text[i - 1])) return i;
  return -1;
}

/**
 * Cuts a trimmed span into chunks of at most MAX_PASSAGE_LENGTH at sentence ends (at a space when a
 * sentence runs longer than that), each chunk trimmed. A short span comes back whole.
 */
export function splitLongSpan(text: string, span: Span): Span[] {
  const chunks: Span[] = [];
  let start = span.start;
  while (span.end - start > MAX_PASSAGE_LENGTH) {
    const limit = start + MAX_PASSAGE_LENGTH;
    let cut = lastSentenceEnd(text, start + MIN_CHUNK_LENGTH, limit);
    if (cut === -1) cut = lastSpace(text, start + MIN_CHUNK_LENGTH, limit);
    if (cut === -1) break;
    chunks.push({ start, end: cut });
    start = skipSpaces(text, cut);
  }
  chunks.push({ start, end: span.end });
  return chunks;
}
