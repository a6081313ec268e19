import type { Policy } from "../policy/types.js";
import type { Lexicon } from "../text/lexicon.js";
import { createTokenizeOptions, tokenize, type TokenizeOptions } from "../text/tokenize.js";
import { phraseStemsOf } from "./phrase-stream.js";
import { createTrie, insertPhrase, type TrieNode } from "./phrase-trie.js";
import { Similarity, type PolicyVector } from "./similarity.js";

/** What a phrase of the policy stands for when it is found. */
export type PhraseRole =
  | { role: "term"; dimension: number; entry: number; group: number }
  | { role: "exclude"; dimension: number; entry: number; group: number }
  | { role: "contrary"; dimension: number; entry: number; group: number }
  | { role: "context"; dimension: -1; entry: number; group: 0 };

export type PhraseValue = PhraseRole & { phrase: string };

export type CueKind = "negation" | "exception" | "opposition" | "notNegation";

export interface CueValue {
  kind: CueKind;
  phrase: string;
  length: number;
}

/** The policy turned into what matching needs; built once per run, shared by every document. */
export interface CompiledPolicy {
  policy: Policy;
  lexicon: Lexicon;
  tokenizeOptions: TokenizeOptions;
  phrases: TrieNode<PhraseValue>;
  cues: TrieNode<CueValue>;
  /** Per dimension: the TF-IDF profile of its text, its lineamientos and its vocabulary. */
  profiles: PolicyVector[];
  /** Per lineamiento sub-item id (and per dimension id): its text as a vector, to name the best policyRef. */
  itemVectors: Map<string, PolicyVector>;
  /** Vectors of passages and their cosines with the above; holds this thread's working arrays. */
  similarity: Similarity;
}

export function phraseStems(phrase: string, options: TokenizeOptions): string[] {
  return phraseStemsOf(tokenize(phrase, options));
}

function phraseStemIds(phrase: string, options: TokenizeOptions): number[] {
  return phraseStems(phrase, options).map((stem) => options.stemIds.intern(stem));
}

export function compilePolicy(
  policy: Policy,
  lexicon: Lexicon,
  tokenizeOptions: TokenizeOptions = createTokenizeOptions(lexicon),
): CompiledPolicy {
  const phrases = createTrie<PhraseValue>();
  const add = (phrase: string, role: PhraseRole) =>
    insertPhrase(phrases, phraseStemIds(phrase, tokenizeOptions), { ...role, phrase });

  policy.dimensions.forEach((dimension, d) => {
    dimension.vocabulary.forEach((entry, e) => {
      const groups = entry.terms ? [entry.terms] : (entry.near ?? []);
      groups.forEach((group, g) => group.forEach((phrase) => add(phrase, { role: "term", dimension: d, entry: e, group: g })));
    });
    dimension.exclude.forEach((phrase, e) => add(phrase, { role: "exclude", dimension: d, entry: e, group: 0 }));
    dimension.contrary.forEach((pattern, e) =>
      pattern.near.forEach((group, g) => group.forEach((phrase) => add(phrase, { role: "contrary", dimension: d, entry: e, group: g }))),
    );
  });

  policy.context.terms.forEach((phrase, e) => add(phrase, { role: "context", dimension: -1, entry: e, group: 0 }));

  const cues = createTrie<CueValue>();
  for (const kind of ["negation", "exception", "opposition", "notNegation"] as const) {
    for (const phrase of lexicon[kind]) {
      const stemIds = phraseStemIds(phrase, tokenizeOptions);
      insertPhrase(cues, stemIds, { kind, phrase, length: stemIds.length });
    }
  }

  const itemText = new Map(policy.lineamientos.flatMap((l) => l.items.map((i) => [i.id, i.text] as const)));
  const similarity = new Similarity(lexicon, tokenizeOptions.stemIds);
  const vectorOf = (text: string) => similarity.policyVector(tokenize(text, tokenizeOptions));
  const itemVectors = new Map<string, PolicyVector>();
  for (const [id, text] of itemText) itemVectors.set(id, vectorOf(text));
  const profiles = policy.dimensions.map((dimension) => {
    const vocabulary = dimension.vocabulary.flatMap((e) => e.terms ?? (e.near ?? []).flat());
    const lineamientos = dimension.lineamientos.map((id) => itemText.get(id) ?? "");
    itemVectors.set(dimension.id, vectorOf(dimension.text));
    return vectorOf([dimension.text, ...lineamientos, ...vocabulary].join("\n"));
  });
  return { policy, lexicon, tokenizeOptions, phrases, cues, profiles, itemVectors, similarity };
}
