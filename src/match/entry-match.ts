import type { ContraryPattern, VocabularyEntry } from "../policy/types.js";
import type { EntryHits } from "./entry-hits.js";
import { coversAllGroups, findNearOccurrence, sortHits, type GroupHit } from "./near-occurrence.js";
import type { Polarity, PolarityAt } from "./polarity.js";

/** A vocabulary entry or contrary pattern found in a passage, with the phrases that made it. */
export interface EntryMatch {
  entry: number;
  weight: number;
  phrases: string[];
  /** Set when the mention did not count as written: negated, in an exception, or another sense. */
  discarded?: { reason: "negated" | "exception" | "excluded-sense"; cue: string };
}

const affirmed: PolarityAt = Object.freeze({ polarity: "affirmed" });
const noCombinations: readonly GroupHit[][] = Object.freeze([]);

/** A vocabulary entry's match; a mention that overlaps an exclusion ("trata de personas" for "trato") is another sense. */
export function termMatch(
  entryIndex: number,
  entry: VocabularyEntry,
  hits: EntryHits,
  excluded: readonly GroupHit[],
  polarity: readonly PolarityAt[],
): EntryMatch | undefined {
  if (!hits.keepsAll) return firstMatch(entryIndex, entry.weight, hits);
  // Exclusions are rare: without one, every hit is in the entry's sense, as it stands.
  const sense = excluded.length === 0 ? hits.all : hits.all.filter((h) => !overlappingExclusion(h, excluded));
  if (sense.length === 0) {
    const exclusion = overlappingExclusion(hits.all[0] as GroupHit, excluded);
    const phrases = [...new Set(hits.all.map((h) => h.phrase))];
    return { entry: entryIndex, weight: entry.weight, phrases, discarded: { reason: "excluded-sense", cue: exclusion?.phrase ?? "" } };
  }
  const groupCount = entry.near?.length ?? 1;
  return bestMatch(sense, groupCount, entry.within ?? 0, polarity, entry.ignoreNegation ?? false, entryIndex, entry.weight);
}

function overlappingExclusion(hit: GroupHit, excluded: readonly GroupHit[]): GroupHit | undefined {
  return excluded.find((x) => hit.from <= x.to && x.from <= hit.to);
}

/** A contrary pattern's match; discarded when a cue negates it ("no será sancionado penalmente"). */
export function contraryMatch(patternIndex: number, pattern: ContraryPattern, hits: EntryHits, polarity: readonly PolarityAt[]): EntryMatch | undefined {
  if (!hits.keepsAll) return firstMatch(patternIndex, 1, hits);
  return bestMatch(hits.all, pattern.near.length, pattern.within, polarity, false, patternIndex, 1);
}

/** A plain entry's match: its first hit that counts, or else its first hit, discarded by the cue that reaches it. */
function firstMatch(entry: number, weight: number, hits: EntryHits): EntryMatch {
  if (hits.affirmed !== undefined) return { entry, weight, phrases: [hits.affirmed] };
  return matchOf(entry, weight, [hits.firstPhrase], hits.firstAt as PolarityAt);
}

/** An occurrence that counts wins over one that is negated; among equals, the earliest. */
function bestMatch(
  hits: GroupHit[],
  groupCount: number,
  within: number,
  polarity: readonly PolarityAt[],
  ignoreNegation: boolean,
  entry: number,
  weight: number,
): EntryMatch | undefined {
  let fallback: { combo: readonly GroupHit[]; at: PolarityAt } | undefined;
  const candidates = groupCount === 1 ? hits.map((h) => [h]) : nearCombinations(hits, groupCount, within);
  for (const combo of candidates) {
    const at = ignoreNegation ? affirmed : polarityOf(combo, polarity);
    if (at.polarity === "affirmed") return matchOf(entry, weight, phrasesOf(combo), at);
    fallback ??= { combo, at };
  }
  return fallback && matchOf(entry, weight, phrasesOf(fallback.combo), fallback.at);
}

/**
 * A cue reaching any part of the occurrence negates it: "no será sancionado con pena … por su
 * ingreso irregular". The earliest position reached names the cue.
 */
function polarityOf(combo: readonly GroupHit[], polarity: readonly PolarityAt[]): PolarityAt {
  let reached = affirmed;
  let reachedFrom = Infinity;
  for (const hit of combo) {
    const at = polarity[hit.from];
    if (at && at.polarity !== "affirmed" && hit.from < reachedFrom) {
      reached = at;
      reachedFrom = hit.from;
    }
  }
  return reached;
}

/** Near combinations anchored at successive hits, so a negated first occurrence does not hide a later one. */
function nearCombinations(hits: GroupHit[], groupCount: number, within: number): readonly GroupHit[][] {
  if (!coversAllGroups(hits, groupCount)) return noCombinations;
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

function phrasesOf(combo: readonly GroupHit[]): string[] {
  return [...new Set(combo.map((h) => h.phrase))];
}

function matchOf(entry: number, weight: number, phrases: string[], at: PolarityAt): EntryMatch {
  if (at.polarity === "affirmed") return { entry, weight, phrases };
  return { entry, weight, phrases, discarded: { reason: at.polarity as Exclude<Polarity, "affirmed">, cue: at.cue ?? "" } };
}
