import type { DimensionScore, OverallScore } from "./types.js";
import { round } from "./score-dimension.js";

/** The mean of the dimension scores, each multiplied by the conflict factor when it has a conflict. */
export function overallScore(dimensions: readonly DimensionScore[], conflictFactor: number): OverallScore {
  const terms = dimensions.map((d) => ({
    id: d.id,
    score: d.score,
    conflict: d.conflict,
    counted: round(d.conflict ? d.score * conflictFactor : d.score),
  }));
  const sum = terms.reduce((total, t) => total + t.counted, 0);
  return { score: terms.length ? round(sum / terms.length) : 0, terms, conflictFactor };
}
