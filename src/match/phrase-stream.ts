import type { Tokens, WordKeys } from "../text/tokenize.js";

/**
 * A document's words as phrase matching sees them: without the skippable ones (articles, the
 * second form of doublets). Built once per document; each passage is a run of it.
 */
export interface PhraseStream {
  length: number;
  stemIds: Int32Array;
  clause: Int32Array;
  start: Int32Array;
  end: Int32Array;
}

export function phraseStream(tokens: Tokens): PhraseStream {
  const stemIds = new Int32Array(tokens.length);
  const clause = new Int32Array(tokens.length);
  const start = new Int32Array(tokens.length);
  const end = new Int32Array(tokens.length);
  let n = 0;
  for (let i = 0; i < tokens.length; i++) {
    if (tokens.skippable[i]) continue;
    stemIds[n] = (tokens.keys[i] as WordKeys).stemId;
    clause[n] = tokens.clause[i] as number;
    start[n] = tokens.start[i] as number;
    end[n] = tokens.end[i] as number;
    n++;
  }
  return { length: n, stemIds: stemIds.subarray(0, n), clause: clause.subarray(0, n), start: start.subarray(0, n), end: end.subarray(0, n) };
}

/** The stems of a phrase as matching sees them. */
export function phraseStemsOf(tokens: Tokens): string[] {
  const stems: string[] = [];
  for (let i = 0; i < tokens.length; i++) if (!tokens.skippable[i]) stems.push((tokens.keys[i] as WordKeys).stem);
  return stems;
}
