import type { PolicyDimension, ScoringSettings } from "../policy/types.js";
import type { Citation, DimensionScore, DiscardedMention, Status } from "./types.js";
import { evidenceTerms, type PassageEvidence } from "./passage-evidence.js";

const maxDiscarded = 10;
const decayedPassages = 5;

export interface CitationSource {
  quote(evidence: PassageEvidence): string;
  policyRef(evidence: PassageEvidence): string;
}

/**
 * score = 1 − exp(−evidence / saturation), where evidence adds up the best passages' masses with
 * a geometric decay: one strong article counts most, further ones add less.
 */
export function scoreDimension(
  dimension: PolicyDimension,
  evidences: readonly PassageEvidence[],
  scoring: ScoringSettings,
  cite: CitationSource,
): DimensionScore {
  const ranked = evidences.filter((e) => e.mass > 0).sort((a, b) => b.mass - a.mass || a.passage.index - b.passage.index);
  const masses = ranked.slice(0, decayedPassages).map((e) => e.mass);
  const evidence = masses.reduce((sum, mass, k) => sum + mass * scoring.passageDecay ** k, 0);
  const score = round(1 - Math.exp(-evidence / scoring.saturation));
  const conflicts = evidences
    .flatMap((e) => e.matches.contrary.map((m) => ({ e, m })))
    .map(({ e, m }) => {
      const pattern = dimension.contrary[m.entry];
      return {
        ...citationOf(e, { terms: m.phrases, policyRef: dimension.id, score: 1 }, cite),
        pattern: pattern?.id ?? "",
        description: pattern?.description ?? "",
      };
    });
  return {
    id: dimension.id,
    kind: dimension.kind,
    title: dimension.title,
    score,
    status: statusFor(score, dimension.thresholds),
    conflict: conflicts.length > 0,
    citations: ranked
      .slice(0, scoring.citationsPerDimension)
      .map((e) =>
        citationOf(e, { terms: evidenceTerms(e), policyRef: cite.policyRef(e), score: round(1 - Math.exp(-e.mass / scoring.saturation)) }, cite),
      ),
    conflicts,
    explanation: {
      passageMasses: masses.map(round),
      evidence: round(evidence),
      bestSimilarity: round(Math.max(0, ...evidences.map((e) => e.similarity))),
      saturation: scoring.saturation,
      thresholds: dimension.thresholds,
      discarded: discardedMentions(evidences),
    },
  };
}

/** A score of 0 is a gap whatever the thresholds: nothing was found. */
export function statusFor(score: number, thresholds: { partial: number; covered: number }): Status {
  if (score <= 0) return "gap";
  if (score >= thresholds.covered) return "covered";
  if (score >= thresholds.partial) return "partial";
  return "gap";
}

function citationOf(
  e: PassageEvidence,
  finding: Pick<Citation, "terms" | "policyRef" | "score">,
  cite: CitationSource,
): Citation {
  const { passage } = e;
  return {
    label: passage.label,
    span: passage.span,
    start: passage.start,
    end: passage.end,
    ...(passage.page !== undefined ? { page: passage.page } : {}),
    ...(passage.paragraph !== undefined ? { paragraph: passage.paragraph } : {}),
    quote: cite.quote(e),
    ...finding,
  };
}

function discardedMentions(evidences: readonly PassageEvidence[]): DiscardedMention[] {
  const mentions: DiscardedMention[] = [];
  for (const e of evidences) {
    for (const m of e.matches.terms) {
      if (!m.discarded || mentions.length >= maxDiscarded) continue;
      mentions.push({
        term: m.phrases.join(" + "),
        reason: m.discarded.reason,
        cue: m.discarded.cue,
        label: e.passage.label,
        line: e.passage.start.line,
      });
    }
  }
  return mentions;
}

export function round(value: number): number {
  return Math.round(value * 10_000) / 10_000;
}
