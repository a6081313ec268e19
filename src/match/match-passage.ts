import type { PolicyDimension } from "../policy/types.js";
import type { Token } from "../text/types.js";
import type { CompiledPolicy, PhraseValue } from "./compile-policy.js";
import { findNearOccurrence, sortHits, type GroupHit } from "./near-occurrence.js";
import { findAll, type TrieHit } from "./phrase-trie.js";
import { polarityMap, type Polarity, type PolarityAt } from "./polarity.js";

/** A vocabulary entry or contrary pattern found in a passage, with the phrases that made it. */
export interface EntryMatch {
  entry: number;
  weight: number;
  phrases: string[];
  /** Set when the mention did not count as written: negated, in an exception, or another sense. */
  discarded?: { reason: "negated" | "exception" | "excluded-sense"; cue: string };
}

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
  dimensions: PassageMatches[];
  contextMentions: number;
}

/** Matches every dimension's vocabulary, exclusions and contrary patterns in one passage's tokens. */
export function matchPassage(compiled: CompiledPolicy, tokens: readonly Token[]): PassageAnalysis {
  const stream = tokens.filter((t) => !t.isSkippable);
  const keys = stream.map((t) => t.stem);
  const phraseHits = findAll(compiled.phrases, keys);
  if (phraseHits.length === 0) return { dimensions: compiled.policy.dimensions.map(() => noMatches), contextMentions: 0 };
  const cueHits = findAll(compiled.cues, keys);
  const clauses = stream.map((t) => t.clause);
  const window = compiled.policy.scoring.negationWindow;
  const polarity = { terms: polarityMap(cueHits, clauses, window, false), contrary: polarityMap(cueHits, clauses, window, true) };
  const byDimension = compiled.policy.dimensions.map(() => [] as TrieHit<PhraseValue>[]);
  let contextMentions = 0;
  for (const hit of phraseHits) {
    if (hit.value.role === "context") contextMentions++;
    else byDimension[hit.value.dimension]?.push(hit);
  }
  return {
    dimensions: compiled.policy.dimensions.map((dimension, d) =>
      byDimension[d]?.length ? matchDimension(dimension, byDimension[d], polarity) : noMatches,
    ),
    contextMentions,
  };
}

function matchDimension(
  dimension: PolicyDimension,
  hits: TrieHit<PhraseValue>[],
  polarity: { terms: PolarityAt[]; contrary: PolarityAt[] },
): PassageMatches {
  const excluded = hits.filter((h) => h.value.role === "exclude");
  const overlapsExclusion = (h: TrieHit<PhraseValue>) => excluded.find((x) => h.from <= x.to && x.from <= h.to);
  const result: PassageMatches = { terms: [], contrary: [], negatedContrary: [] };

  const termHits = groupByEntry(hits.filter((h) => h.value.role === "term"));
  for (const [entryIndex, entryHits] of termHits) {
    const entry = dimension.vocabulary[entryIndex];
    if (!entry) continue;
    const sense = entryHits.filter((h) => !overlapsExclusion(h));
    if (sense.length === 0) {
      const exclusion = overlapsExclusion(entryHits[0] as TrieHit<PhraseValue>);
      result.terms.push(discardedMatch(entryIndex, entry.weight, entryHits, "excluded-sense", exclusion?.value.phrase ?? ""));
      continue;
    }
    const groupCount = entry.near?.length ?? 1;
    const occurrence = bestOccurrence(sense, groupCount, entry.within ?? 0, polarity.terms, entry.ignoreNegation ?? false);
    if (occurrence) result.terms.push(occurrence.toMatch(entryIndex, entry.weight));
  }

  const contraryHits = groupByEntry(hits.filter((h) => h.value.role === "contrary"));
  for (const [patternIndex, patternHits] of contraryHits) {
    const pattern = dimension.contrary[patternIndex];
    if (!pattern) continue;
    const occurrence = bestOccurrence(patternHits, pattern.near.length, pattern.within, polarity.contrary, false);
    if (!occurrence) continue;
    const match = occurrence.toMatch(patternIndex, 1);
    (match.discarded ? result.negatedContrary : result.contrary).push(match);
  }
  return result;
}

function groupByEntry(hits: TrieHit<PhraseValue>[]): Map<number, TrieHit<PhraseValue>[]> {
  const groups = new Map<number, TrieHit<PhraseValue>[]>();
  for (const hit of hits) {
    const list = groups.get(hit.value.entry);
    if (list) list.push(hit);
    else groups.set(hit.value.entry, [hit]);
  }
  return groups;
}

/** An occurrence that counts wins over one that is negated; among equals, the earliest. */
function bestOccurrence(
  hits: TrieHit<PhraseValue>[],
  groupCount: number,
  within: number,
  polarity: PolarityAt[],
  ignoreNegation: boolean,
) {
  const groupHits: GroupHit[] = hits.map((h) => ({ group: h.value.group, from: h.from, to: h.to, phrase: h.value.phrase }));
  // A cue reaching any part of the occurrence negates it: "no será sancionado con pena … por su ingreso irregular".
  const polarityOf = (combo: GroupHit[]): PolarityAt => {
    if (ignoreNegation) return { polarity: "affirmed" };
    for (const hit of [...combo].sort((a, b) => a.from - b.from)) {
      const at = polarity[hit.from];
      if (at && at.polarity !== "affirmed") return at;
    }
    return { polarity: "affirmed" };
  };
  let fallback: { combo: GroupHit[]; at: PolarityAt } | undefined;
  const candidates = groupCount === 1 ? groupHits.map((h) => [h]) : nearCombinations(groupHits, groupCount, within);
  for (const combo of candidates) {
    const at = polarityOf(combo);
    if (at.polarity === "affirmed") return occurrenceOf(combo, at);
    fallback ??= { combo, at };
  }
  return fallback ? occurrenceOf(fallback.combo, fallback.at) : undefined;
}

/** Near combinations anchored at successive hits, so a negated first occurrence does not hide a later one. */
function nearCombinations(hits: GroupHit[], groupCount: number, within: number): GroupHit[][] {
  const combos: GroupHit[][] = [];
  const sorted = sortHits(hits);
  for (let i = 0; i < sorted.length; i++) {
    const combo = findNearOccurrence(sorted, groupCount, within, i);
    if (!combo) break;
    combos.push(combo);
    const start = Math.min(...combo.map((h) => h.from));
    while (i + 1 < sorted.length && (sorted[i + 1] as GroupHit).from <= start) i++;
  }
  return combos;
}

function occurrenceOf(combo: GroupHit[], at: PolarityAt) {
  const phrases = [...new Set(combo.map((h) => h.phrase))];
  return {
    toMatch(entry: number, weight: number): EntryMatch {
      if (at.polarity === "affirmed") return { entry, weight, phrases };
      return { entry, weight, phrases, discarded: { reason: at.polarity as Exclude<Polarity, "affirmed">, cue: at.cue ?? "" } };
    },
  };
}

function discardedMatch(
  entry: number,
  weight: number,
  hits: TrieHit<PhraseValue>[],
  reason: "excluded-sense",
  cue: string,
): EntryMatch {
  return { entry, weight, phrases: [...new Set(hits.map((h) => h.value.phrase))], discarded: { reason, cue } };
}
