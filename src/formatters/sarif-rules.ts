import type { ReportingDescriptor } from "sarif";
import type { Messages } from "../i18n/messages.js";
import type { PolicySummary } from "../report/types.js";
import type { DimensionKind } from "../policy/types.js";
import { escapeMarkdown } from "./escape-markdown.js";
import { closingAdviceLines } from "./finding-message.js";

type PolicyDimensionSummary = PolicySummary["dimensions"][number];

/**
 * One rule per dimension, in policy order. The id is the policy id (E1…P10), stable forever because
 * code scanning keys alerts on it; the help carries the policy's own words and every lineamiento
 * that would close a gap.
 */
export function sarifRules(
  policy: PolicySummary,
  kinds: ReadonlyMap<string, DimensionKind>,
  messages: Messages,
): ReportingDescriptor[] {
  return policy.dimensions.map((dimension) => {
    const title = messages.language === "es" ? dimension.title : dimension.titleEn;
    const advice = closingAdviceLines(dimension.id, policy, messages, Infinity);
    const kind = kinds.get(dimension.id);
    return {
      id: dimension.id,
      name: pascalCase(dimension.title),
      shortDescription: { text: title },
      fullDescription: { text: dimension.text },
      help: { text: advice.join("\n"), markdown: helpMarkdown(dimension, messages) },
      properties: { tags: ["policylint", policy.id, ...(kind ? [kind] : [])] },
    };
  });
}

/** "Enfoque de género" → "EnfoqueDeGenero": an identifier-like name, accents folded. */
export function pascalCase(title: string): string {
  return title
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean)
    .map((word) => word[0]!.toUpperCase() + word.slice(1))
    .join("");
}

function helpMarkdown(dimension: PolicyDimensionSummary, messages: Messages): string {
  const items = dimension.lineamientos.map((i) => `- **${escapeMarkdown(i.id)}** — ${escapeMarkdown(i.text)}`);
  return [
    `**${messages.policySays}:** ${escapeMarkdown(dimension.text)}`,
    ...(items.length ? [`**${messages.closingLineamientos}:**\n\n${items.join("\n")}`] : []),
  ].join("\n\n");
}
