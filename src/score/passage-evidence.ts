import type { PassageMatches } from "../match/match-passage.js";
import type { ScoringSettings } from "../policy/types.js";
import type { Passage } from "../segment/types.js";

/** How strongly one passage speaks for one dimension. */
export interface PassageEvidence {
  passage: Passage;
  matches: PassageMatches;
  similarity: number;
  /** Term weights (each entry once) plus negated contrary patterns, scaled for preambles, plus weighted similarity. */
  mass: number;
}

const weakKinds = new Set(["preamble", "considerando", "heading"]);

/** Similarity is only computed for passages with term evidence: it refines a finding, it never makes one. */
export function passageEvidence(
  passage: Passage,
  matches: PassageMatches,
  similarityOf: () => number,
  scoring: ScoringSettings,
  contextFactor: number,
): PassageEvidence {
  const counted = matches.terms.filter((m) => !m.discarded);
  const termMass =
    counted.reduce((sum, m) => sum + m.weight, 0) + matches.negatedContrary.length * scoring.negatedContraryWeight;
  const factor = (weakKinds.has(passage.kind) ? scoring.preambleFactor : 1) * contextFactor;
  const similarity = termMass > 0 ? similarityOf() : 0;
  const mass = termMass > 0 ? factor * (termMass + scoring.similarityWeight * similarity) : 0;
  return { passage, matches, similarity, mass };
}

/** The phrases that gave the passage its mass, each once: what a citation of it shows. */
export function evidenceTerms({ matches }: PassageEvidence): string[] {
  const terms = new Set<string>();
  for (const m of matches.terms) if (!m.discarded) m.phrases.forEach((phrase) => terms.add(phrase));
  for (const m of matches.negatedContrary) m.phrases.forEach((phrase) => terms.add(phrase));
  return [...terms];
}
