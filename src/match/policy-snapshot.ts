import type { Policy } from "../policy/types.js";
import type { Lexicon } from "../text/lexicon.js";
import type { StemIds } from "../text/stem-ids.js";
import { createTokenizeOptions } from "../text/tokenize.js";
import type { CompiledPolicy, CueValue, PhraseValue } from "./compile-policy.js";
import type { TrieNode } from "./phrase-trie.js";
import { policyVectorOf, Similarity, type SparseVector } from "./similarity.js";

/** A trie as nested arrays: the node's values, then its children by stem. */
type TrieData<T> = [values: T[], children: Array<[string, TrieData<T>]>];
type VectorData = [stems: readonly string[], weights: readonly number[]];

/**
 * A compiled policy as plain data, in the same orders (values, vector entries) as the original,
 * so a restored policy gives the same results to the last digit. Worker threads receive one
 * instead of compiling the policy again, and the build stores one for the bundled policy.
 */
export interface PolicySnapshot {
  policy: Policy;
  lexicon: Lexicon;
  phrases: TrieData<PhraseValue>;
  cues: TrieData<CueValue>;
  profiles: VectorData[];
  itemVectors: Array<[string, VectorData]>;
  /** Stems of the words seen so far (the policy's own), so a fresh thread skips the slow stemmer for them. */
  stems: Array<[string, string]>;
}

export function snapshotPolicy(compiled: CompiledPolicy): PolicySnapshot {
  return {
    policy: compiled.policy,
    lexicon: compiled.lexicon,
    phrases: trieData(compiled.phrases, compiled.tokenizeOptions.stemIds),
    cues: trieData(compiled.cues, compiled.tokenizeOptions.stemIds),
    profiles: compiled.profiles.map(vectorData),
    itemVectors: [...compiled.itemVectors].map(([id, vector]) => [id, vectorData(vector)]),
    stems: compiled.tokenizeOptions.wordKeys.entries().map(([word, keys]) => [word, keys.stem]),
  };
}

export function restorePolicy(snapshot: PolicySnapshot): CompiledPolicy {
  const tokenizeOptions = createTokenizeOptions(snapshot.lexicon, snapshot.stems);
  return {
    policy: snapshot.policy,
    lexicon: snapshot.lexicon,
    tokenizeOptions,
    phrases: trieNode(snapshot.phrases, tokenizeOptions.stemIds),
    cues: trieNode(snapshot.cues, tokenizeOptions.stemIds),
    profiles: snapshot.profiles.map(([stems, weights]) => policyVectorOf(stems, weights, tokenizeOptions.stemIds)),
    itemVectors: new Map(snapshot.itemVectors.map(([id, [stems, weights]]) => [id, policyVectorOf(stems, weights, tokenizeOptions.stemIds)])),
    similarity: new Similarity(snapshot.lexicon, tokenizeOptions.stemIds),
  };
}

function vectorData(vector: SparseVector): VectorData {
  return [vector.stems, vector.weights];
}

/** Stem ids differ from thread to thread: the data names stems. */
function trieData<T>(node: TrieNode<T>, stemIds: StemIds): TrieData<T> {
  return [node.values, [...node.next].map(([id, child]) => [stemIds.stemOf(id), trieData(child, stemIds)])];
}

function trieNode<T>([values, children]: TrieData<T>, stemIds: StemIds): TrieNode<T> {
  return { values, next: new Map(children.map(([stem, child]) => [stemIds.intern(stem), trieNode(child, stemIds)])) };
}
