/** A trie over sequences of stem ids (see StemIds): every phrase of the policy, matched in one pass over a passage. */
export interface TrieNode<T> {
  next: Map<number, TrieNode<T>>;
  values: T[];
}

export function createTrie<T>(): TrieNode<T> {
  return { next: new Map(), values: [] };
}

export function insertPhrase<T>(root: TrieNode<T>, stemIds: readonly number[], value: T): void {
  firstLevels.delete(root);
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

/**
 * The root's children as an array indexed by stem id. Every word of a document is looked up at
 * the root, nearly always in vain: an array index instead of a hash lookup. Stem ids are small
 * (see StemIds), so the array is no larger than the policy's vocabulary.
 */
const firstLevels = new WeakMap<TrieNode<unknown>, Array<TrieNode<unknown> | undefined>>();

function firstLevel<T>(root: TrieNode<T>): Array<TrieNode<T> | undefined> {
  let level = firstLevels.get(root) as Array<TrieNode<T> | undefined> | undefined;
  if (!level) {
    level = [];
    for (const [id, child] of root.next) level[id] = child;
    // Holes become undefined, so the array stays packed.
    for (let id = 0; id < level.length; id++) level[id] ??= undefined;
    firstLevels.set(root, level);
  }
  return level;
}

/** Every phrase occurrence in keys[start, end), including overlapping and nested ones, by start then end. */
export function findAll<T>(root: TrieNode<T>, keys: ArrayLike<number>, start = 0, end = keys.length): TrieHit<T>[] {
  const hits: TrieHit<T>[] = [];
  const first = firstLevel(root);
  for (let from = start; from < end; from++) {
    const id = keys[from] as number;
    let node = id >= 0 && id < first.length ? first[id] : undefined;
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
