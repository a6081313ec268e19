import { formatListNumber } from "./list-number-format.js";
import type { ListDefinitions, ListLevel, ListPlace } from "./list-definitions.js";

/**
 * Word's running list numbers. Counters belong to the list definition, so instances that share
 * one continue each other's numbering; an instance with a w:startOverride restarts those levels
 * the first time it is used. An item resets the deeper levels that restart after it.
 */
export class ListCounters {
  private readonly counters = new Map<string, Map<number, number>>();
  private readonly instancesSeen = new Set<string>();

  constructor(private readonly definitions: ListDefinitions) {}

  /** The number text of the next item at this place ("a)", "Artículo 3.-", "2.1."); undefined for bullets. */
  next(place: ListPlace): string | undefined {
    const definition = this.definitions.level(place, place.level);
    if (!definition || definition.numFmt === "bullet") return undefined;
    const counts = this.countsOf(place.definitionId);
    if (place.instanceId !== undefined && !this.instancesSeen.has(place.instanceId)) {
      this.instancesSeen.add(place.instanceId);
      for (const [level, start] of this.definitions.startOverrides(place.instanceId)) counts.set(level, start - 1);
    }
    counts.set(place.level, (counts.get(place.level) ?? definition.start - 1) + 1);
    for (const level of [...counts.keys()]) {
      if (level > place.level && restartsAfter(this.definitions.level(place, level), place.level)) counts.delete(level);
    }
    return this.render(place, definition, counts);
  }

  private render(place: ListPlace, definition: ListLevel, counts: ReadonlyMap<number, number>): string {
    return definition.lvlText.replace(/%([1-9])/g, (_, digit: string) => {
      const level = Number(digit) - 1;
      const shown = this.definitions.level(place, level);
      if (!shown) return "";
      return formatListNumber(counts.get(level) ?? shown.start, definition.isLgl ? "decimal" : shown.numFmt);
    });
  }

  private countsOf(definitionId: string): Map<number, number> {
    let counts = this.counters.get(definitionId);
    if (!counts) this.counters.set(definitionId, (counts = new Map()));
    return counts;
  }
}

/** Whether a deeper level restarts when an item at `level` (0-based) is numbered. */
function restartsAfter(deeper: ListLevel | undefined, level: number): boolean {
  const after = deeper?.restartAfter;
  return after === undefined || (after !== 0 && level < after);
}
