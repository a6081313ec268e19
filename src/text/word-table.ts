/**
 * Words already seen, found by the characters where a word occurs in the text: a word seen
 * before (nearly every word of running text) costs a hash over its characters and one
 * comparison, with no substring made and no string hashed by a Map.
 */
export class WordTable<V> {
  /** Open addressing: entry index + 1 per slot, 0 for empty; at most half full. */
  private slots = new Int32Array(1024);
  /** Per entry; typed, as most 32-bit hashes would not fit a small integer. */
  private hashes = new Int32Array(512);
  /** Per entry, where its characters start in `chars`; entry + 1 is where they end. */
  private offsets = new Int32Array(513);
  /** Every word's UTF-16 code units, one after another: compared in place, with no string to reach. */
  private chars = new Uint16Array(4096);
  private readonly values: V[] = [];

  get size(): number {
    return this.values.length;
  }

  find(text: string, start: number, end: number, hash: number): V | undefined {
    const mask = this.slots.length - 1;
    const length = end - start;
    for (let slot = hash & mask; ; slot = (slot + 1) & mask) {
      const entry = (this.slots[slot] as number) - 1;
      if (entry < 0) return undefined;
      if (this.hashes[entry] !== hash) continue;
      const from = this.offsets[entry] as number;
      if ((this.offsets[entry + 1] as number) - from === length && this.sameChars(text, start, from, length)) return this.values[entry];
    }
  }

  /** Adds a word not in the table. */
  add(word: string, hash: number, value: V): void {
    const entry = this.values.length;
    if ((entry + 1) * 2 > this.slots.length) this.rehash(this.slots.length * 2);
    const from = this.offsets[entry] as number;
    if (from + word.length > this.chars.length) this.chars = grown(this.chars, Math.max(this.chars.length * 2, from + word.length));
    for (let i = 0; i < word.length; i++) this.chars[from + i] = word.charCodeAt(i);
    this.offsets[entry + 1] = from + word.length;
    this.values.push(value);
    this.hashes[entry] = hash;
    this.place(entry);
  }

  entries(): Array<[string, V]> {
    return this.values.map((value, entry) => [this.wordAt(entry), value]);
  }

  /** The word back from its characters; in slices, as a spread has an argument limit and a word none. */
  private wordAt(entry: number): string {
    const end = this.offsets[entry + 1] as number;
    let word = "";
    for (let from = this.offsets[entry] as number; from < end; from += 4096) {
      word += String.fromCharCode(...this.chars.subarray(from, Math.min(end, from + 4096)));
    }
    return word;
  }

  private sameChars(text: string, start: number, from: number, length: number): boolean {
    const chars = this.chars;
    for (let i = 0; i < length; i++) if (text.charCodeAt(start + i) !== chars[from + i]) return false;
    return true;
  }

  private place(entry: number): void {
    const mask = this.slots.length - 1;
    let slot = (this.hashes[entry] as number) & mask;
    while (this.slots[slot] !== 0) slot = (slot + 1) & mask;
    this.slots[slot] = entry + 1;
  }

  private rehash(capacity: number): void {
    this.hashes = grown(this.hashes, capacity / 2);
    this.offsets = grown(this.offsets, capacity / 2 + 1);
    this.slots = new Int32Array(capacity);
    for (let entry = 0; entry < this.values.length; entry++) this.place(entry);
  }
}

function grown<T extends Int32Array | Uint16Array>(array: T, length: number): T {
  const bigger = new (array.constructor as new (n: number) => T)(length);
  bigger.set(array);
  return bigger;
}
