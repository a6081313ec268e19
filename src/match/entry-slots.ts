import type { Policy } from "../policy/types.js";

/**
 * Every vocabulary entry and contrary pattern of a policy numbered in one sequence, so a passage's
 * hits are gathered in an array by number instead of in maps per dimension.
 */
export class EntrySlots {
  readonly count: number;
  readonly dimension: Int32Array;
  readonly entry: Int32Array;
  readonly isContrary: Uint8Array;
  private readonly termBase: number[] = [];
  private readonly contraryBase: number[] = [];

  constructor(policy: Policy) {
    let count = 0;
    for (const dimension of policy.dimensions) {
      this.termBase.push(count);
      count += dimension.vocabulary.length;
      this.contraryBase.push(count);
      count += dimension.contrary.length;
    }
    this.count = count;
    this.dimension = new Int32Array(count);
    this.entry = new Int32Array(count);
    this.isContrary = new Uint8Array(count);
    policy.dimensions.forEach((dimension, d) => {
      dimension.vocabulary.forEach((_, e) => this.describe(this.term(d, e), d, e, 0));
      dimension.contrary.forEach((_, e) => this.describe(this.contrary(d, e), d, e, 1));
    });
  }

  term(dimension: number, entry: number): number {
    return (this.termBase[dimension] as number) + entry;
  }

  contrary(dimension: number, pattern: number): number {
    return (this.contraryBase[dimension] as number) + pattern;
  }

  private describe(slot: number, dimension: number, entry: number, isContrary: number): void {
    this.dimension[slot] = dimension;
    this.entry[slot] = entry;
    this.isContrary[slot] = isContrary;
  }
}
