import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { coversAllGroups, findNearOccurrence, sortHits, type GroupHit } from "../../src/match/near-occurrence.js";

const hit = (group: number, from: number, to = from): GroupHit => ({ group, from, to, phrase: `g${group}@${from}` });

describe("coversAllGroups", () => {
  it("is false without hits", () => {
    expect(coversAllGroups([], 1)).toBe(false);
    expect(coversAllGroups([], 2)).toBe(false);
  });

  it("answers hits of one group alone: enough for a one-group rule, never for a near rule", () => {
    expect(coversAllGroups([hit(0, 3)], 1)).toBe(true);
    expect(coversAllGroups([hit(1, 3), hit(1, 8), hit(1, 9)], 2)).toBe(false);
  });

  it("needs every group of a near rule", () => {
    expect(coversAllGroups([hit(0, 1), hit(0, 4), hit(1, 6)], 2)).toBe(true);
    expect(coversAllGroups([hit(0, 1), hit(2, 4)], 3)).toBe(false);
    expect(coversAllGroups([hit(2, 1), hit(0, 2), hit(2, 3), hit(1, 4)], 3)).toBe(true);
  });

  it("is whether the distinct groups hit number groupCount, for any hits", () => {
    const hits = fc.array(fc.record({ group: fc.nat({ max: 3 }), from: fc.nat({ max: 50 }) }), { maxLength: 12 });
    fc.assert(
      fc.property(hits, fc.integer({ min: 1, max: 4 }), (raw, groupCount) => {
        const list = raw.map((h) => hit(h.group, h.from));
        const distinct = new Set(list.map((h) => h.group)).size;
        // Groups are numbered below groupCount in a compiled rule.
        fc.pre(list.every((h) => h.group < groupCount));
        expect(coversAllGroups(list, groupCount)).toBe(distinct === groupCount);
      }),
    );
  });
});

describe("findNearOccurrence", () => {
  it("finds one hit per group within the window, starting as early as it can", () => {
    const sorted = sortHits([hit(1, 12), hit(0, 2), hit(1, 4), hit(0, 10)]);
    expect(findNearOccurrence(sorted, 2, 3)).toEqual([hit(0, 2), hit(1, 4)]);
  });

  it("returns nothing when the groups are too far apart", () => {
    expect(findNearOccurrence(sortHits([hit(0, 0), hit(1, 20)]), 2, 5)).toBeUndefined();
  });
});
