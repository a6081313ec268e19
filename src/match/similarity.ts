import type { Lexicon } from "../text/lexicon.js";
import type { StemIds } from "../text/stem-ids.js";
import type { Tokens, WordKeys } from "../text/tokenize.js";

/**
 * A sparse, L2-normalised TF-IDF vector over stems: parallel arrays in order of first occurrence,
 * which is also the order its weights are summed in. Plain arrays: a passage's vector is small
 * and short-lived, and typed arrays cost more to allocate than they save.
 */
export interface SparseVector {
  size: number;
  /** Stem ids (see StemIds); -1 for a stem without one, which no policy vector contains. */
  ids: readonly number[];
  stems: readonly string[];
  weights: readonly number[];
}

/** A vector of the policy, with its weights also indexed by stem id: a passage looks its words up there. */
export interface PolicyVector extends SparseVector {
  byId: Float64Array;
}

/**
 * TF-IDF with sublinear tf and the background IDF shipped in data/, so one document never weighs
 * its own words; cosine between a passage and a policy vector. Counting and lookups go by stem
 * id through arrays kept between passages, where maps keyed by stem would hash every word.
 */
export class Similarity {
  /** IDF by stem id; NaN until first needed. */
  private idfById = new Float64Array(0);
  /** Per stem id: 1 + the entry of the vector being built, or 0. Left all 0 between calls. */
  private entryById = new Int32Array(0);
  /** Per stem id: a passage's weight, while it is compared with a smaller policy vector. Left all 0 between calls. */
  private weightById = new Float64Array(0);

  constructor(
    private readonly lexicon: Lexicon,
    private readonly stemIds: StemIds,
  ) {}

  /** The vector of the tokens [from, to). */
  vectorize(tokens: Tokens, from: number, to: number): SparseVector {
    this.fitTo(this.stemIds.size);
    const ids: number[] = [];
    const stems: string[] = [];
    const counts: number[] = [];
    // Words without a stem id are rare (past the word memo's bound, and in no policy phrase).
    let unnumbered: Map<string, number> | undefined;
    for (let i = from; i < to; i++) {
      const { stem, stemId, isStopword, isNumber } = tokens.keys[i] as WordKeys;
      if (isStopword || stem.length < 2 || isNumber) continue;
      let entry = stemId >= 0 ? (this.entryById[stemId] as number) - 1 : (unnumbered?.get(stem) ?? -1);
      if (entry < 0) {
        entry = ids.length;
        ids.push(stemId);
        stems.push(stem);
        counts.push(0);
        if (stemId >= 0) this.entryById[stemId] = entry + 1;
        else (unnumbered ??= new Map()).set(stem, entry);
      }
      counts[entry] = (counts[entry] as number) + 1;
    }
    const weights: number[] = [];
    let norm = 0;
    for (let entry = 0; entry < ids.length; entry++) {
      const id = ids[entry] as number;
      if (id >= 0) this.entryById[id] = 0;
      const weight = (1 + Math.log(counts[entry] as number)) * this.idf(id, stems[entry] as string);
      weights.push(weight);
      norm += weight * weight;
    }
    norm = Math.sqrt(norm);
    if (norm > 0) for (let entry = 0; entry < weights.length; entry++) weights[entry] = (weights[entry] as number) / norm;
    return { size: ids.length, ids, stems, weights };
  }

  /** The vector of a policy text, all of whose stems have ids. */
  policyVector(tokens: Tokens): PolicyVector {
    return withIndex(this.vectorize(tokens, 0, tokens.length));
  }

  /** Sums over the smaller vector, in its order, as a sparse dot product does. */
  cosine(passage: SparseVector, policy: PolicyVector): number {
    if (passage.size <= policy.size) return Math.min(1, this.sumOverPassage(passage, policy));
    this.spread(passage, true);
    const sum = this.sumOverPolicy(policy);
    this.spread(passage, false);
    return Math.min(1, sum);
  }

  /** The passage's cosine with each policy vector; its weights are spread by stem id once for all. */
  cosines(passage: SparseVector, policies: readonly PolicyVector[]): number[] {
    let spread = false;
    const scores = policies.map((policy) => {
      if (passage.size <= policy.size) return Math.min(1, this.sumOverPassage(passage, policy));
      if (!spread) this.spread(passage, true);
      spread = true;
      return Math.min(1, this.sumOverPolicy(policy));
    });
    if (spread) this.spread(passage, false);
    return scores;
  }

  private sumOverPassage(passage: SparseVector, policy: PolicyVector): number {
    const { byId } = policy;
    let sum = 0;
    for (let entry = 0; entry < passage.size; entry++) {
      const id = passage.ids[entry] as number;
      if (id >= 0 && id < byId.length) sum += (passage.weights[entry] as number) * (byId[id] as number);
    }
    return sum;
  }

  /** Over a policy vector smaller than the passage, whose weights are spread in weightById. */
  private sumOverPolicy(policy: PolicyVector): number {
    let sum = 0;
    for (let entry = 0; entry < policy.size; entry++) {
      const id = policy.ids[entry] as number;
      if (id >= 0) sum += (policy.weights[entry] as number) * (this.weightById[id] as number);
    }
    return sum;
  }

  /** Writes the passage's weights into weightById, or clears them again. */
  private spread(passage: SparseVector, on: boolean): void {
    this.fitTo(this.stemIds.size);
    for (let entry = 0; entry < passage.size; entry++) {
      const id = passage.ids[entry] as number;
      if (id >= 0) this.weightById[id] = on ? (passage.weights[entry] as number) : 0;
    }
  }

  private idf(id: number, stem: string): number {
    if (id < 0) return this.lexicon.idf[stem] ?? this.lexicon.unknownIdf;
    let idf = this.idfById[id] as number;
    if (Number.isNaN(idf)) {
      idf = this.lexicon.idf[stem] ?? this.lexicon.unknownIdf;
      this.idfById[id] = idf;
    }
    return idf;
  }

  /** Stem ids grow as new words are memoised: the arrays by id grow with them. */
  private fitTo(count: number): void {
    if (count <= this.entryById.length) return;
    const capacity = Math.max(count, this.entryById.length * 2, 1024);
    const idf = new Float64Array(capacity).fill(Number.NaN);
    idf.set(this.idfById);
    this.idfById = idf;
    this.entryById = new Int32Array(capacity);
    this.weightById = new Float64Array(capacity);
  }
}

/** A policy vector from its stems and weights (a snapshot's), its stems given ids in this thread. */
export function policyVectorOf(stems: readonly string[], weights: readonly number[], stemIds: StemIds): PolicyVector {
  return withIndex({ size: stems.length, ids: stems.map((stem) => stemIds.intern(stem)), stems, weights });
}

function withIndex(vector: SparseVector): PolicyVector {
  const byId = new Float64Array(vector.ids.reduce((max, id) => Math.max(max, id + 1), 0));
  vector.ids.forEach((id, entry) => {
    if (id >= 0) byId[id] = vector.weights[entry] as number;
  });
  return { ...vector, byId };
}
