import type { Span } from "./types.js";

/** Words in text order, by their offsets: a document's tokens, or the part phrase matching sees. */
export interface LocatedWords {
  length: number;
  start: Int32Array;
  end: Int32Array;
}

/** The run [from, to) of words lying wholly inside the span, found by binary search. */
export function tokensWithin(words: LocatedWords, span: Span): { from: number; to: number } {
  let low = 0;
  let high = words.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if ((words.start[mid] as number) < span.start) low = mid + 1;
    else high = mid;
  }
  let to = low;
  while (to < words.length && (words.end[to] as number) <= span.end) to++;
  return { from: low, to };
}
