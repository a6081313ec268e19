import type { CueValue } from "./compile-policy.js";
import type { TrieHit } from "./phrase-trie.js";

export type Polarity = "affirmed" | "negated" | "exception";

export interface PolarityAt {
  polarity: Polarity;
  cue?: string;
}

/** One cue phrase and where it ends. */
interface CueHit {
  value: CueValue;
  from: number;
  to: number;
}

const affirmed: PolarityAt = Object.freeze({ polarity: "affirmed" });

/**
 * For each position of a passage's token stream, whether a negation ("no", "sin", "queda prohibido")
 * or exception ("salvo que") cue reaches it: the cue's scope runs `window` tokens after it, within
 * its clause. A "not negation" phrase ("sin perjuicio", "no solo") starting at the cue cancels it.
 */
export function polarityMap(
  cueHits: readonly TrieHit<CueValue>[],
  clauses: ArrayLike<number>,
  window: number,
  withOpposition: boolean,
): PolarityAt[] {
  // One shared object for the common case: most positions are reached by no cue.
  const result: PolarityAt[] = new Array<PolarityAt>(clauses.length).fill(affirmed);
  const cancelled = new Set<number>();
  for (const hit of cueHits) if (hit.values.some((v) => v.kind === "notNegation")) cancelled.add(hit.from);
  const longestAt = new Map<number, CueHit>();
  for (const hit of cueHits) {
    for (const value of hit.values) {
      if (value.kind === "notNegation" || cancelled.has(hit.from)) continue;
      if (value.kind === "opposition" && !withOpposition) continue;
      const current = longestAt.get(hit.from);
      if (!current || hit.to > current.to) longestAt.set(hit.from, { value, to: hit.to, from: hit.from });
    }
  }
  for (const hit of [...longestAt.values()].sort((a, b) => a.from - b.from)) {
    const polarity: Polarity = hit.value.kind === "exception" ? "exception" : "negated";
    const clause = clauses[hit.from];
    for (let p = hit.to + 1; p <= hit.to + window && p < clauses.length && clauses[p] === clause; p++) {
      result[p] = { polarity, cue: hit.value.phrase };
    }
  }
  return result;
}
