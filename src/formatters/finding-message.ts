import type { Messages } from "../i18n/messages.js";
import type { PolicySummary } from "../report/types.js";
import type { DimensionScore } from "../score/types.js";
import type { ConflictFinding, DimensionFinding, Finding } from "./ci-findings.js";
import { citationLocation } from "./location.js";
import { twoDecimals } from "./numbers.js";
import { dimensionTitle, findPolicyDimension } from "./policy-lookup.js";
import { quote } from "./quote.js";

const closingItemsShown = 3;

/** "E5 Enfoque intercultural": how CI tools title a finding. */
export function dimensionName(dimension: DimensionScore, policy: PolicySummary, messages: Messages): string {
  return `${dimension.id} ${dimensionTitle(dimension, policy, messages)}`;
}

/** "E5 Enfoque intercultural: brecha, 0.08 (a nivel del documento: …)" */
export function findingText(finding: Finding, policy: PolicySummary, messages: Messages): string {
  return `${dimensionName(finding.dimension, policy, messages)}: ${findingDetail(finding, messages)}`;
}

/** What a finding says after the dimension's name, for formats that show the name as a title. */
export function findingDetail(finding: Finding, messages: Messages): string {
  return finding.kind === "dimension" ? dimensionDetail(finding, messages) : conflictDetail(finding, messages);
}

/** "brecha, 0.08 (a nivel del documento: …)", with the reason when the gap is accepted. */
function dimensionDetail({ dimension }: DimensionFinding, messages: Messages): string {
  const status = `${messages.status[dimension.status]}, ${twoDecimals(dimension.score)}`;
  const accepted = dimension.accepted ? `; ${messages.accepted}: ${dimension.accepted.reason}` : "";
  return `${status} (${messages.documentLevel})${accepted}`;
}

/** "conflicto — Sanción penal… Artículo 9 (línea 20): «…»" */
function conflictDetail({ conflict }: ConflictFinding, messages: Messages): string {
  const where = `${citationLocation(conflict, messages)}: ${quote(conflict.quote)}`;
  return `${messages.conflict} — ${conflict.description} ${where}`;
}

/** The policy's own words and the first lineamientos that would close a gap, as plain lines. */
export function closingAdviceLines(
  dimensionId: string,
  policy: PolicySummary,
  messages: Messages,
  itemsShown = closingItemsShown,
): string[] {
  const source = findPolicyDimension(policy, dimensionId);
  if (!source) return [];
  const items = source.lineamientos.slice(0, itemsShown);
  return [
    `${messages.policySays}: ${source.text}`,
    ...(items.length ? [`${messages.closingLineamientos}:`, ...items.map((i) => `- ${i.id} — ${i.text}`)] : []),
  ];
}
