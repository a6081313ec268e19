import type { Lexicon } from "../text/lexicon.js";
import type { Token } from "../text/types.js";

/** A sparse, L2-normalised TF-IDF vector over stems. */
export type SparseVector = Map<string, number>;

/** TF-IDF with sublinear tf and the background IDF shipped in data/, so one document never weighs its own words. */
export function vectorize(tokens: readonly Token[], lexicon: Lexicon): SparseVector {
  const counts = new Map<string, number>();
  for (const token of tokens) {
    if (token.isStopword || token.stem.length < 2 || /^\p{N}+$/u.test(token.stem)) continue;
    counts.set(token.stem, (counts.get(token.stem) ?? 0) + 1);
  }
  const vector: SparseVector = new Map();
  let norm = 0;
  for (const [stem, count] of counts) {
    const weight = (1 + Math.log(count)) * (lexicon.idf[stem] ?? lexicon.unknownIdf);
    vector.set(stem, weight);
    norm += weight * weight;
  }
  norm = Math.sqrt(norm);
  if (norm > 0) for (const [stem, weight] of vector) vector.set(stem, weight / norm);
  return vector;
}

export function cosine(a: SparseVector, b: SparseVector): number {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let sum = 0;
  for (const [stem, weight] of small) {
    const other = large.get(stem);
    if (other !== undefined) sum += weight * other;
  }
  return Math.min(1, sum);
}
