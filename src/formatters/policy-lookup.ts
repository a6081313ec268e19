import type { Messages } from "../i18n/messages.js";
import type { PolicySummary } from "../report/types.js";
import type { DimensionScore } from "../score/types.js";

export type PolicyDimensionSummary = PolicySummary["dimensions"][number];

export function findPolicyDimension(policy: PolicySummary, id: string): PolicyDimensionSummary | undefined {
  return policy.dimensions.find((d) => d.id === id);
}

/** Items in the policy's order (E1…E6, P1…P10); ids the policy does not list keep their order after them. */
export function inPolicyOrder<T extends { id: string }>(items: readonly T[], policy: PolicySummary): T[] {
  const rank = new Map(policy.dimensions.map((d, index) => [d.id, index]));
  const rankOf = (id: string) => rank.get(id) ?? policy.dimensions.length;
  return items
    .map((item, index) => ({ item, index }))
    .sort((a, b) => rankOf(a.item.id) - rankOf(b.item.id) || a.index - b.index)
    .map(({ item }) => item);
}

/** The dimension's title in the report's language; the policy is Spanish, so English comes from `titleEn`. */
export function dimensionTitle(dimension: DimensionScore, policy: PolicySummary, messages: Messages): string {
  if (messages.language === "es") return dimension.title;
  return findPolicyDimension(policy, dimension.id)?.titleEn ?? dimension.title;
}
