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
  private readonly words: string[] = [];
  private readonly values: V[] = [];

  get size(): number {
    return this.words.length;
  }

  find(text: string, start: number, end: number, hash: number): V | undefined {
    const mask = this.slots.length - 1;
    const length = end - start;
    for (let slot = hash & mask; ; slot = (slot + 1) & mask) {
      const entry = (this.slots[slot] as number) - 1;
      if (entry < 0) return undefined;
      if (this.hashes[entry] !== hash) continue;
      const word = this.words[entry] as string;
      if (word.length === length && sameChars(text, start, word)) return this.values[entry];
    }
  }

  /** Adds a word not in the table. */
  add(word: string, hash: number, value: V): void {
    const entry = this.words.length;
    if ((entry + 1) * 2 > this.slots.length) this.rehash(this.slots.length * 2);
    this.words.push(word);
    this.values.push(value);
    this.hashes[entry] = hash;
    this.place(entry);
  }

  entries(): Array<[string, V]> {
    return this.words.map((word, i) => [word, this.values[i] as V]);
  }

  private place(entry: number): void {
    const mask = this.slots.length - 1;
    let slot = (this.hashes[entry] as number) & mask;
    while (this.slots[slot] !== 0) slot = (slot + 1) & mask;
    this.slots[slot] = entry + 1;
  }

  private rehash(capacity: number): void {
    const hashes = new Int32Array(capacity / 2);
    hashes.set(this.hashes.subarray(0, this.words.length));
    this.hashes = hashes;
    this.slots = new Int32Array(capacity);
    for (let entry = 0; entry < this.words.length; entry++) this.place(entry);
  }
}

/** text[start…] begins with word: a loop the JIT inlines, cheaper than a call for words this short. */
function sameChars(text: string, start: number, word: string): boolean {
  for (let i = 0; i < word.length; i++) if (text.charCodeAt(start + i) !== word.charCodeAt(i)) return false;
  return true;
}
