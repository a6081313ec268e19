// Two baselines computed on the same data, to show what the matcher adds.
import { findAll } from "../../dist/match/phrase-trie.js";
import { phraseStream } from "../../dist/match/phrase-stream.js";
import { tokenize } from "../../dist/text/tokenize.js";
import { tokensWithin } from "../../dist/text/tokens-within.js";

/**
 * Plain keyword presence: a dimension is addressed (and covered) when any of its vocabulary
 * phrases occurs anywhere, and conflicting when every group of a contrary pattern occurs anywhere;
 * no negation, no senses, no proximity.
 */
export function keywordBaseline(compiled, analysed) {
  return compiled.policy.dimensions.map((_, d) => {
    let first;
    const groupsSeen = new Map();
    for (const a of analysed) {
      for (const hit of findAll(compiled.phrases, a.keys)) {
        for (const value of hit.values) {
          if (value.dimension !== d) continue;
          if (value.role === "term") first ??= a.passage;
          if (value.role === "contrary") {
            const seen = groupsSeen.get(value.entry) ?? new Set();
            seen.add(value.group);
            groupsSeen.set(value.entry, seen);
          }
        }
      }
    }
    const conflict = compiled.policy.dimensions[d].contrary.some((c, e) => (groupsSeen.get(e)?.size ?? 0) === c.near.length);
    return { score: first ? 1 : 0, top: first, conflict };
  });
}

/** Plain TF-IDF cosine: the best passage's similarity to the dimension's profile is the score. */
export function tfidfBaseline(compiled, analysed) {
  return compiled.profiles.map((profile) => {
    let best = { score: 0, top: undefined };
    for (const a of analysed) {
      const score = compiled.similarity.cosine(a.vector, profile);
      if (score > best.score) best = { score, top: a.passage };
    }
    return best;
  });
}

/** Tokens, keys and vector per passage, shared by both baselines. */
export function analyse(compiled, text, passages) {
  const tokens = tokenize(text, compiled.tokenizeOptions);
  const stream = phraseStream(tokens);
  return passages.map((passage) => {
    const own = tokensWithin(tokens, passage.span);
    const streamed = tokensWithin(stream, passage.span);
    return {
      passage,
      keys: stream.stemIds.subarray(streamed.from, streamed.to),
      vector: compiled.similarity.vectorize(tokens, own.from, own.to),
    };
  });
}
