import type { Messages } from "../i18n/messages.js";
import type { PolicySummary } from "../report/types.js";
import type { DimensionScore } from "../score/types.js";
import { escapeMarkdown } from "./escape-markdown.js";
import { citationLocation } from "./location.js";
import { twoDecimals } from "./numbers.js";
import { dimensionTitle, findPolicyDimension } from "./policy-lookup.js";
import { quote } from "./quote.js";

const closingItemsShown = 3;

/** "Brechas": for each open gap the policy's words and the lineamientos that would close it; accepted gaps in one line. */
export function gapsSection(dimensions: DimensionScore[], policy: PolicySummary, messages: Messages): string[] {
  const gaps = dimensions.filter((d) => d.status === "gap");
  if (!gaps.length) return [];
  return [`#### ${messages.gapsHeading}`, ...gaps.map((d) => gapBlock(d, policy, messages))];
}

function gapBlock(dimension: DimensionScore, policy: PolicySummary, messages: Messages): string {
  const heading = `${dimensionHeading(dimension, policy, messages)} — ${twoDecimals(dimension.score)}`;
  if (dimension.accepted) return `${heading} — ${messages.accepted}: ${escapeMarkdown(dimension.accepted.reason)}`;
  const source = findPolicyDimension(policy, dimension.id);
  if (!source) return heading;
  const items = source.lineamientos.slice(0, closingItemsShown);
  return [
    heading,
    `> ${messages.policySays}: ${escapeMarkdown(source.text)}`,
    ...(items.length
      ? [`${messages.closingLineamientos}:\n\n${items.map((i) => `- **${escapeMarkdown(i.id)}** — ${escapeMarkdown(i.text)}`).join("\n")}`]
      : []),
  ].join("\n\n");
}

/** "Conflictos": each provision that runs against a dimension, with its location and quote. */
export function conflictsSection(dimensions: DimensionScore[], policy: PolicySummary, messages: Messages): string[] {
  const items = dimensions.flatMap((d) =>
    d.conflicts.map((c) => {
      const where = escapeMarkdown(`${citationLocation(c, messages)}: ${quote(c.quote)}`);
      return `- ${dimensionHeading(d, policy, messages)} — ${where} — ${escapeMarkdown(c.description)}`;
    }),
  );
  return items.length ? [`#### ${messages.conflictsHeading}`, items.join("\n")] : [];
}

function dimensionHeading(dimension: DimensionScore, policy: PolicySummary, messages: Messages): string {
  return `**${escapeMarkdown(dimension.id)} · ${escapeMarkdown(dimensionTitle(dimension, policy, messages))}**`;
}
