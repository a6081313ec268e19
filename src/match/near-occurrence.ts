/** A hit of one group of a `near` rule: its stream positions. */
export interface GroupHit {
  group: number;
  from: number;
  to: number;
  phrase: string;
}

/** Orders hits as the search below expects them: by position, then by group. */
export function sortHits(hits: readonly GroupHit[]): GroupHit[] {
  return [...hits].sort((a, b) => a.from - b.from || a.group - b.group);
}

/**
 * Finds hits, one per group, that all lie within `within` tokens of each other; prefers the
 * combination that starts earliest, at or after `start` in `sorted` (see sortHits). Returns
 * undefined when some group is missing or too far.
 */
export function findNearOccurrence(
  sorted: readonly GroupHit[],
  groupCount: number,
  within: number,
  start = 0,
): GroupHit[] | undefined {
  for (let i = start; i < sorted.length; i++) {
    const anchor = sorted[i] as GroupHit;
    const chosen = new Map<number, GroupHit>([[anchor.group, anchor]]);
    for (let j = i + 1; j < sorted.length && chosen.size < groupCount; j++) {
      const hit = sorted[j] as GroupHit;
      if (hit.from - anchor.to > within) break;
      if (!chosen.has(hit.group)) chosen.set(hit.group, hit);
    }
    if (chosen.size === groupCount) return [...chosen.values()];
  }
  return undefined;
}
