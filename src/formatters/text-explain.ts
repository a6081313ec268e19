import type { Messages } from "../i18n/messages.js";
import type { DimensionScore, DiscardedMention, OverallScore } from "../score/types.js";
import { twoDecimals } from "./numbers.js";

const indent = "    ";

/** The arithmetic behind one dimension's score, from its ScoreExplanation, for --explain. */
export function explainLines(dimension: DimensionScore, overall: OverallScore, messages: Messages): string[] {
  const { passageMasses, evidence, bestSimilarity, saturation, thresholds, discarded } = dimension.explanation;
  const masses = passageMasses.length ? passageMasses.map(twoDecimals).join(", ") : messages.noPassages;
  const formula = `1 − e^(−${twoDecimals(evidence)} / ${twoDecimals(saturation)})`;
  return [
    `${indent}${messages.passageMasses}: ${masses}`,
    `${indent}${messages.evidenceWithDecay}: ${twoDecimals(evidence)}; ${messages.bestSimilarity}: ${twoDecimals(bestSimilarity)}`,
    `${indent}${messages.scoreFormula} = ${formula} = ${twoDecimals(dimension.score)}`,
    `${indent}${messages.thresholds}: ${messages.status.partial} ≥ ${twoDecimals(thresholds.partial)}, ${messages.status.covered} ≥ ${twoDecimals(thresholds.covered)}`,
    ...conflictWeightLine(dimension, overall, messages),
    ...discarded.map((mention) => `${indent}${discardedLine(mention, messages)}`),
  ];
}

function conflictWeightLine(dimension: DimensionScore, overall: OverallScore, messages: Messages): string[] {
  const term = overall.terms.find((t) => t.id === dimension.id);
  if (!term?.conflict) return [];
  const product = `${twoDecimals(term.score)} × ${overall.conflictFactor} = ${twoDecimals(term.counted)}`;
  return [`${indent}${messages.countedInOverall}: ${product}`];
}

/** "descartada: «enfoque de género» (negación: «no») — Artículo 4, línea 15" */
function discardedLine(mention: DiscardedMention, messages: Messages): string {
  const why = `${messages.discardReason[mention.reason]}: «${mention.cue}»`;
  return `${messages.discarded}: «${mention.term}» (${why}) — ${mention.label}, ${messages.line} ${mention.line}`;
}
