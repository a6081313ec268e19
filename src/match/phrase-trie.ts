/** A trie over stem sequences: every phrase of the policy, matched in one pass over a passage. */
export interface TrieNode<T> {
  next: Map<string, TrieNode<T>>;
  values: T[];
}

export function createTrie<T>(): TrieNode<T> {
  return { next: new Map(), values: [] };
}

export function insertPhrase<T>(root: TrieNode<T>, stems: readonly string[], value: T): void {
  let node = root;
  for (const stem of stems) {
    let child = node.next.get(stem);
    if (!child) {
      child = createTrie<T>();
      node.next.set(stem, child);
    }
    node = child;
  }
  node.values.push(value);
}

export interface TrieHit<T> {
  value: T;
  /** Positions in the scanned sequence, inclusive. */
  from: number;
  to: number;
}

/** Every phrase occurrence in `keys`, including overlapping and nested ones. */
export function findAll<T>(root: TrieNode<T>, keys: readonly string[]): TrieHit<T>[] {
  const hits: TrieHit<T>[] = [];
  for (let from = 0; from < keys.length; from++) {
    let node = root.next.get(keys[from] as string);
    let to = from;
    while (node) {
      for (const value of node.values) hits.push({ value, from, to });
      to++;
      if (to >= keys.length) break;
      node = node.next.get(keys[to] as string);
    }
  }
  return hits;
}
