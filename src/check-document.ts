import type { SourceDocument } from "./documents/types.js";
import type { CompiledPolicy } from "./match/compile-policy.js";
import { PassageMatcher, type PassageAnalysis, type PassageMatches } from "./match/match-passage.js";
import type { PolicyVector, SparseVector } from "./match/similarity.js";
import type { PolicyDimension } from "./policy/types.js";
import { acceptInlineGaps } from "./report/accept-gaps.js";
import { overallScore } from "./score/overall-score.js";
import { passageEvidence } from "./score/passage-evidence.js";
import { quotePassage } from "./score/quote-passage.js";
import { scoreDimension } from "./score/score-dimension.js";
import type { DocumentReport } from "./score/types.js";
import { segmentDocument } from "./segment/segment-document.js";
import type { Passage } from "./segment/types.js";
import { maskNonContent } from "./text/mask-non-content.js";
import { tokenize } from "./text/tokenize.js";
import { tokensWithin } from "./text/tokens-within.js";
import { phraseStream } from "./match/phrase-stream.js";

interface AnalysedPassage extends PassageAnalysis {
  passage: Passage;
  /** Computed on first use: most passages never need it. */
  vector: () => SparseVector;
}

/** The pure pipeline for one document: segment, tokenize, match, score. */
export function checkDocument(compiled: CompiledPolicy, doc: SourceDocument): DocumentReport {
  const { policy } = compiled;
  const passages = segmentDocument(doc);
  const tokens = tokenize(maskNonContent(doc.text), compiled.tokenizeOptions);
  const stream = phraseStream(tokens);
  const matcher = new PassageMatcher(compiled);
  const analysed: AnalysedPassage[] = passages.map((passage) => {
    const words = tokensWithin(stream, passage.span);
    let vector: SparseVector | undefined;
    return {
      passage,
      ...matcher.match(stream, words.from, words.to),
      vector: () => {
        if (vector) return vector;
        const { from, to } = tokensWithin(tokens, passage.span);
        return (vector = compiled.similarity.vectorize(tokens, from, to));
      },
    };
  });
  const mentions = analysed.reduce((sum, a) => sum + a.contextMentions, 0);
  const contextFactor = mentions >= policy.context.minMentions ? 1 : policy.context.factorWithout;
  // One passage is often cited for several dimensions: quoted once.
  const quotes = new Map<number, string>();
  const quote = (passage: Passage) => {
    let quoted = quotes.get(passage.index);
    if (quoted === undefined) quotes.set(passage.index, (quoted = quotePassage(doc.text, passage.span)));
    return quoted;
  };
  const dimensions = policy.dimensions.map((dimension, d) => {
    const profile = compiled.profiles[d] as PolicyVector;
    // Most passages say nothing about a given dimension: only those with a match become evidence.
    const evidences = analysed
      .filter((a) => hasMatches(a.dimensions[d] as PassageMatches))
      .map((a) => passageEvidence(a.passage, a.dimensions[d] as PassageMatches, () => compiled.similarity.cosine(a.vector(), profile), policy.scoring, contextFactor));
    return scoreDimension(dimension, evidences, policy.scoring, {
      quote: (e) => quote(e.passage),
      policyRef: (e) => bestPolicyRef(compiled, dimension, (analysed[e.passage.index] as AnalysedPassage).vector()),
    });
  });
  const overall = overallScore(dimensions, policy.scoring.conflictFactor);
  return acceptInlineGaps({
    file: doc.uri,
    format: doc.format,
    score: overall.score,
    overall,
    passages: passages.length,
    dimensions,
    warnings: doc.warnings,
  }, doc.text);
}

function hasMatches(matches: PassageMatches): boolean {
  return matches.terms.length > 0 || matches.contrary.length > 0 || matches.negatedContrary.length > 0;
}

/** The lineamiento sub-item of the dimension whose text is most similar to the passage; the dimension itself if none shares a word. */
function bestPolicyRef(compiled: CompiledPolicy, dimension: PolicyDimension, vector: SparseVector): string {
  const items = dimension.lineamientos.map((id) => compiled.itemVectors.get(id) as PolicyVector);
  const scores = compiled.similarity.cosines(vector, items);
  let best = dimension.id;
  let bestScore = 0;
  scores.forEach((score, i) => {
    if (score > bestScore) {
      best = dimension.lineamientos[i] as string;
      bestScore = score;
    }
  });
  return best;
}
