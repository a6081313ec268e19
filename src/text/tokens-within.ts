import type { Span } from "./types.js";

/** Words in text order, by their offsets: a document's tokens, or the part phrase matching sees. */
export interface LocatedWords {
  length: number;
  start: Int32Array;
  end: Int32Array;
}

/** The run [from, to) of words lying wholly inside the span. Words neither overlap nor go back, so both ends are binary searches. */
export function tokensWithin(words: LocatedWords, span: Span): { from: number; to: number } {
  const from = firstWhere(words.start, 0, words.length, (start) => start >= span.start);
  const to = firstWhere(words.end, from, words.length, (end) => end > span.end);
  return { from, to };
}

/** The first index in [low, high) where `holds` becomes true, given it stays true from there on. */
function firstWhere(values: Int32Array, low: number, high: number, holds: (value: number) => boolean): number {
  while (low < high) {
    const mid = (low + high) >> 1;
    if (holds(values[mid] as number)) high = mid;
    else low = mid + 1;
  }
  return low;
}
