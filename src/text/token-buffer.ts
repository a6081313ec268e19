import type { WordKeys } from "./word-keys.js";

/**
 * A document's words as parallel arrays, in text order: no object per word, so tokenizing a
 * batch of thousands of documents leaves the garbage collector little to do.
 */
export interface Tokens {
  length: number;
  /** Offsets of each word in the original text. */
  start: Int32Array;
  end: Int32Array;
  /** Index of the clause (text between . ; : and blank lines) the word belongs to. */
  clause: Int32Array;
  /** 1 where phrase matching skips the word: an article, or the repeat of an inclusive doublet. */
  skippable: Uint8Array;
  /** The word's keys, shared by every occurrence of the word. */
  keys: WordKeys[];
}

/** Tokens appended one at a time into arrays that double when full. */
export class TokenBuffer {
  private length = 0;
  private start: Int32Array;
  private end: Int32Array;
  private clause: Int32Array;
  private skippable: Uint8Array;
  private readonly keys: WordKeys[] = [];

  constructor(expected: number) {
    const capacity = Math.max(16, expected);
    this.start = new Int32Array(capacity);
    this.end = new Int32Array(capacity);
    this.clause = new Int32Array(capacity);
    this.skippable = new Uint8Array(capacity);
  }

  push(start: number, end: number, clause: number, keys: WordKeys): void {
    if (this.length === this.start.length) this.grow();
    const i = this.length++;
    this.start[i] = start;
    this.end[i] = end;
    this.clause[i] = clause;
    this.skippable[i] = keys.isArticle ? 1 : 0;
    this.keys.push(keys);
  }

  finish(): Tokens {
    const n = this.length;
    return {
      length: n,
      start: this.start.subarray(0, n),
      end: this.end.subarray(0, n),
      clause: this.clause.subarray(0, n),
      skippable: this.skippable.subarray(0, n),
      keys: this.keys,
    };
  }

  private grow(): void {
    const capacity = this.start.length * 2;
    const grown = <T extends Int32Array | Uint8Array>(array: T, make: (n: number) => T): T => {
      const bigger = make(capacity);
      bigger.set(array);
      return bigger;
    };
    this.start = grown(this.start, (n) => new Int32Array(n));
    this.end = grown(this.end, (n) => new Int32Array(n));
    this.clause = grown(this.clause, (n) => new Int32Array(n));
    this.skippable = grown(this.skippable, (n) => new Uint8Array(n));
  }
}
