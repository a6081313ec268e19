import type { CompiledPolicy, PhraseValue } from "./compile-policy.js";
import { EntryHits } from "./entry-hits.js";
import { contraryMatch, termMatch, type EntryMatch } from "./entry-match.js";
import { EntrySlots } from "./entry-slots.js";
import type { GroupHit } from "./near-occurrence.js";
import type { PhraseStream } from "./phrase-stream.js";
import { findAll, type TrieHit } from "./phrase-trie.js";
import { polarityMap, type PolarityAt } from "./polarity.js";

export type { EntryMatch } from "./entry-match.js";

/** What one passage says about one dimension. */
export interface PassageMatches {
  terms: EntryMatch[];
  /** Contrary patterns stated as such: conflicts. */
  contrary: EntryMatch[];
  /** Contrary patterns negated ("no será sancionado penalmente"): they affirm the dimension. */
  negatedContrary: EntryMatch[];
}

const noMatches: PassageMatches = Object.freeze({ terms: [], contrary: [], negatedContrary: [] }) as PassageMatches;

/** What one passage says about every dimension, and how often it speaks of human mobility at all. */
export interface PassageAnalysis {
  dimensions: readonly PassageMatches[];
  contextMentions: number;
}

/**
 * Matches every dimension's vocabulary, exclusions and contrary patterns in the passages of one
 * document. A passage's hits are gathered by entry in one array, cleared after each passage, so
 * the thousands of hits of a long decree cost no maps.
 */
export class PassageMatcher {
  private readonly slots: EntrySlots;
  private readonly hits: Array<EntryHits | undefined>;
  /** Slots hit in the current passage, in order of first hit. */
  private readonly touched: number[] = [];
  /** The answer for the many passages without a single policy phrase: one shared array. */
  private readonly nothing: readonly PassageMatches[];

  constructor(private readonly compiled: CompiledPolicy) {
    this.slots = new EntrySlots(compiled.policy);
    this.hits = new Array(this.slots.count);
    this.nothing = Object.freeze(compiled.policy.dimensions.map(() => noMatches));
  }

  /** The passage that is the run [from, to) of the document's phrase stream. */
  match(stream: PhraseStream, from: number, to: number): PassageAnalysis {
    const { dimensions, scoring } = this.compiled.policy;
    const phraseHits = findAll(this.compiled.phrases, stream.stemIds, from, to);
    if (phraseHits.length === 0) return { dimensions: this.nothing, contextMentions: 0 };
    const cueHits = findAll(this.compiled.cues, stream.stemIds, from, to);
    const clauses = stream.clause.subarray(from, to);
    const terms = polarityMap(cueHits, clauses, scoring.negationWindow, false);
    const contrary = polarityMap(cueHits, clauses, scoring.negationWindow, true);
    const exclusions = exclusionsByDimension(phraseHits, dimensions.length);
    let contextMentions = 0;
    for (const hit of phraseHits) {
      for (const value of hit.values) {
        if (value.role === "context") contextMentions++;
        else if (value.role === "term") this.addTerm(value, hit, exclusions[value.dimension] !== undefined, terms);
        else if (value.role === "contrary") this.addContrary(value, hit, contrary);
      }
    }
    const results: Array<PassageMatches | undefined> = new Array(dimensions.length);
    for (const slot of this.touched) {
      const d = this.slots.dimension[slot] as number;
      const e = this.slots.entry[slot] as number;
      const hits = this.hits[slot] as EntryHits;
      this.hits[slot] = undefined;
      const result = (results[d] ??= { terms: [], contrary: [], negatedContrary: [] });
      const dimension = dimensions[d];
      if (!dimension) continue;
      if (this.slots.isContrary[slot]) {
        const pattern = dimension.contrary[e];
        const match = pattern && contraryMatch(e, pattern, hits, contrary);
        if (match) (match.discarded ? result.negatedContrary : result.contrary).push(match);
      } else {
        const entry = dimension.vocabulary[e];
        const match = entry && termMatch(e, entry, hits, exclusions[d] ?? [], terms);
        if (match) result.terms.push(match);
      }
    }
    this.touched.length = 0;
    return { dimensions: dimensions.map((_, d) => results[d] ?? noMatches), contextMentions };
  }

  /** Plain entries keep only their first hits; near rules, and entries of a dimension with an exclusion here, keep all. */
  private addTerm(value: PhraseValue, hit: TrieHit<PhraseValue>, dimensionHasExclusion: boolean, polarity: readonly PolarityAt[]): void {
    const entry = this.compiled.policy.dimensions[value.dimension]?.vocabulary[value.entry];
    const slot = this.slots.term(value.dimension, value.entry);
    const hits = this.hits[slot] ?? this.open(slot, dimensionHasExclusion || (entry?.near?.length ?? 1) > 1);
    hits.add(value.group, hit.from, hit.to, value.phrase, polarity, entry?.ignoreNegation ?? false);
  }

  private addContrary(value: PhraseValue, hit: TrieHit<PhraseValue>, polarity: readonly PolarityAt[]): void {
    const pattern = this.compiled.policy.dimensions[value.dimension]?.contrary[value.entry];
    const slot = this.slots.contrary(value.dimension, value.entry);
    const hits = this.hits[slot] ?? this.open(slot, (pattern?.near.length ?? 1) > 1);
    hits.add(value.group, hit.from, hit.to, value.phrase, polarity, false);
  }

  private open(slot: number, keepsAll: boolean): EntryHits {
    const hits = new EntryHits(keepsAll);
    this.hits[slot] = hits;
    this.touched.push(slot);
    return hits;
  }
}

/** Exclusions ("trata de personas" is not "trato") are rare: found first, so the entries they touch keep all their hits. */
function exclusionsByDimension(hits: readonly TrieHit<PhraseValue>[], dimensionCount: number): Array<GroupHit[] | undefined> {
  const exclusions: Array<GroupHit[] | undefined> = new Array(dimensionCount);
  for (const hit of hits) {
    for (const value of hit.values) {
      if (value.role === "exclude") (exclusions[value.dimension] ??= []).push({ group: 0, from: hit.from, to: hit.to, phrase: value.phrase });
    }
  }
  return exclusions;
}
