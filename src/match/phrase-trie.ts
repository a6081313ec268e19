/** A trie over sequences of stem ids (see StemIds): every phrase of the policy, matched in one pass over a passage. */
export interface TrieNode<T> {
  next: Map<number, TrieNode<T>>;
  values: T[];
}

export function createTrie<T>(): TrieNode<T> {
  return { next: new Map(), values: [] };
}

export function insertPhrase<T>(root: TrieNode<T>, stemIds: readonly number[], value: T): void {
  walkRoots.delete(root);
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
 * The trie as matching walks it, made on first use. Every word of a document is looked up at the
 * root, nearly always in vain, so the root's children are an array indexed by stem id (ids are
 * small, see StemIds). Below it most nodes have no child or one or two: a short scan of an
 * Int32Array beats a hash lookup there; the few nodes with many children keep their Map.
 */
interface WalkNode<T> {
  values: readonly T[];
  ids: Int32Array;
  children: Array<WalkNode<T>>;
  byId: Map<number, WalkNode<T>> | undefined;
}

const manyChildren = 8;
const walkRoots = new WeakMap<TrieNode<unknown>, Array<WalkNode<unknown> | undefined>>();

function walkNode<T>(node: TrieNode<T>): WalkNode<T> {
  const children = [...node.next.values()].map(walkNode);
  const byId = node.next.size > manyChildren ? new Map([...node.next.keys()].map((id, i) => [id, children[i] as WalkNode<T>])) : undefined;
  return { values: node.values, ids: Int32Array.from(node.next.keys()), children, byId };
}

function walkRoot<T>(root: TrieNode<T>): Array<WalkNode<T> | undefined> {
  let level = walkRoots.get(root) as Array<WalkNode<T> | undefined> | undefined;
  if (!level) {
    level = [];
    for (const [id, child] of root.next) level[id] = walkNode(child);
    // Holes become undefined, so the array stays packed.
    for (let id = 0; id < level.length; id++) level[id] ??= undefined;
    walkRoots.set(root, level);
  }
  return level;
}

function childOf<T>(node: WalkNode<T>, id: number): WalkNode<T> | undefined {
  if (node.byId) return node.byId.get(id);
  const { ids } = node;
  for (let i = 0; i < ids.length; i++) if (ids[i] === id) return node.children[i];
  return undefined;
}

/** Every phrase occurrence in keys[start, end), including overlapping and nested ones, by start then end. */
export function findAll<T>(root: TrieNode<T>, keys: ArrayLike<number>, start = 0, end = keys.length): TrieHit<T>[] {
  const hits: TrieHit<T>[] = [];
  const first = walkRoot(root);
  for (let from = start; from < end; from++) {
    const id = keys[from] as number;
    let node = id >= 0 && id < first.length ? first[id] : undefined;
    let to = from;
    while (node) {
      if (node.values.length > 0) hits.push({ values: node.values, from: from - start, to: to - start });
      to++;
      if (to >= end) break;
      node = childOf(node, keys[to] as number);
    }
  }
  return hits;
}
