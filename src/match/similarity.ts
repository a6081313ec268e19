import type { Lexicon } from "../text/lexicon.js";
import type { Tokens, WordKeys } from "../text/tokenize.js";

/** A sparse, L2-normalised TF-IDF vector over stems. */
export type SparseVector = Map<string, number>;

/**
 * TF-IDF of the tokens [from, to), with sublinear tf and the background IDF shipped in data/, so
 * one document never weighs its own words.
 */
export function vectorize(tokens: Tokens, from: number, to: number, lexicon: Lexicon): SparseVector {
  const counts = new Map<string, number>();
  for (let i = from; i < to; i++) {
    const { stem, isStopword, isNumber } = tokens.keys[i] as WordKeys;
    if (isStopword || stem.length < 2 || isNumber) continue;
    counts.set(stem, (counts.get(stem) ?? 0) + 1);
  }
  const vector: SparseVector = new Map();
  let norm = 0;
  // forEach, not for…of with [key, value]: that allocates an array per entry, and this runs for
  // nearly every passage of every document.
  counts.forEach((count, stem) => {
    const weight = (1 + Math.log(count)) * (lexicon.idf[stem] ?? lexicon.unknownIdf);
    vector.set(stem, weight);
    norm += weight * weight;
  });
  norm = Math.sqrt(norm);
  if (norm > 0) vector.forEach((weight, stem) => vector.set(stem, weight / norm));
  return vector;
}

export function cosine(a: SparseVector, b: SparseVector): number {
  const small = a.size <= b.size ? a : b;
  const large = small === a ? b : a;
  let sum = 0;
  small.forEach((weight, stem) => {
    const other = large.get(stem);
    if (other !== undefined) sum += weight * other;
  });
  return Math.min(1, sum);
}
