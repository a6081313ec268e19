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

/** Whether the hits cover every group: without that no occurrence exists, and the search can be skipped. */
export function coversAllGroups(hits: readonly GroupHit[], groupCount: number): boolean {
  // A near rule is tried in every passage that hits one of its groups, and usually only that one
  // group is there: that case is answered without building a list.
  if (hits.length === 0) return false;
  const first = (hits[0] as GroupHit).group;
  let oneGroup = true;
  for (const hit of hits) if (hit.group !== first) oneGroup = false;
  if (oneGroup) return groupCount === 1;
  const seen: number[] = [];
  for (const hit of hits) {
    if (seen.includes(hit.group)) continue;
    seen.push(hit.group);
    if (seen.length === groupCount) return true;
  }
  return false;
}

/**
 * Finds hits, one per group, that all lie within `within` tokens of each other; prefers the
 * combination that starts earliest, at or after `start` in `sorted` (see sortHits). Returns
 * undefined when some group is missing or too far. The hits come in the order they were chosen.
 */
export function findNearOccurrence(
  sorted: readonly GroupHit[],
  groupCount: number,
  within: number,
  start = 0,
): GroupHit[] | undefined {
  const chosen: GroupHit[] = [];
  for (let i = start; i < sorted.length; i++) {
    const anchor = sorted[i] as GroupHit;
    chosen.length = 0;
    chosen.push(anchor);
    for (let j = i + 1; j < sorted.length && chosen.length < groupCount; j++) {
      const hit = sorted[j] as GroupHit;
      if (hit.from - anchor.to > within) break;
      if (!hasGroup(chosen, hit.group)) chosen.push(hit);
    }
    if (chosen.length === groupCount) return chosen;
  }
  return undefined;
}

function hasGroup(hits: readonly GroupHit[], group: number): boolean {
  for (const hit of hits) if (hit.group === group) return true;
  return false;
}
