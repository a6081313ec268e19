/** A trie over sequences of stem ids (see StemIds): every phrase of the policy, matched in one pass over a passage. */
export interface TrieNode<T> {
  next: Map<number, TrieNode<T>>;
  values: T[];
}

export function createTrie<T>(): TrieNode<T> {
  return { next: new Map(), values: [] };
}

export function insertPhrase<T>(root: TrieNode<T>, stemIds: readonly number[], value: T): void {
  let node = root;
  for (const id of stemIds) {
    let child = node.next.get(id);
    if (!child) {
      child = createTrie<T>();
      node.next.set(id, child);
    }
    node = child;
  }
  node.values.push(value);
}

/** The phrases ending at one place: every value of one trie node, found once. */
export interface TrieHit<T> {
  values: readonly T[];
  /** Positions in the scanned range, counted from its start, inclusive. */
  from: number;
  to: number;
}

/** Every phrase occurrence in keys[start, end), including overlapping and nested ones, by start then end. */
export function findAll<T>(root: TrieNode<T>, keys: ArrayLike<number>, start = 0, end = keys.length): TrieHit<T>[] {
  const hits: TrieHit<T>[] = [];
  for (let from = start; from < end; from++) {
    let node = root.next.get(keys[from] as number);
    let to = from;
    while (node) {
      if (node.values.length > 0) hits.push({ values: node.values, from: from - start, to: to - start });
      to++;
      if (to >= end) break;
      node = node.next.get(keys[to] as number);
    }
  }
  return hits;
}
