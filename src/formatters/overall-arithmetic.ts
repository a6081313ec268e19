import type { Messages } from "../i18n/messages.js";
import type { OverallScore } from "../score/types.js";
import { twoDecimals } from "./numbers.js";

/** "2.17 / 16 (media de 16 dimensiones, con factor 0.5 en las que tienen conflicto)": how the overall score came out. */
export function overallArithmetic(overall: OverallScore, messages: Messages): string {
  const { terms, conflictFactor } = overall;
  const sum = terms.reduce((total, t) => total + t.counted, 0);
  const reasons = [
    messages.overallMean(terms.length),
    ...(terms.some((t) => t.conflict) ? [messages.overallConflictWeight(conflictFactor)] : []),
  ];
  return `${twoDecimals(sum)} / ${terms.length} (${reasons.join(", ")})`;
}
