import type { Messages } from "../../i18n/messages.js";
import type { PolicySummary } from "../../report/types.js";
import type { DimensionScore } from "../../score/types.js";
import { escapeHtml } from "../escape-html.js";
import { citationLocation } from "../location.js";
import { twoDecimals } from "../numbers.js";
import { dimensionTitle, findPolicyDimension } from "../policy-lookup.js";
import { shortenQuote } from "../quote.js";
import { highlightTerms } from "./highlight-terms.js";
import { statusClass } from "./status-class.js";

const quoteChars = 400;

/** Each gap with the policy's own words and every lineamiento that would close it; accepted gaps with their reason. */
export function gapsSection(dimensions: DimensionScore[], policy: PolicySummary, messages: Messages): string {
  const gaps = dimensions.filter((d) => d.status === "gap");
  if (!gaps.length) return "";
  return section("gaps", messages.gapsHeading, gaps.map((d) => gapCard(d, policy, messages)));
}

function gapCard(dimension: DimensionScore, policy: PolicySummary, messages: Messages): string {
  const heading = cardHeading(dimension, policy, messages);
  if (dimension.accepted) {
    const reason = `${escapeHtml(messages.accepted)}: ${escapeHtml(dimension.accepted.reason)}`;
    return `<article class="card ${statusClass(dimension)}">${heading}<p class="accepted-reason">${reason}</p></article>`;
  }
  const source = findPolicyDimension(policy, dimension.id);
  const items = (source?.lineamientos ?? []).map(
    (item) => `<li><span class="ref">${escapeHtml(item.id)}</span> ${escapeHtml(item.text)}</li>`,
  );
  return [
    `<article class="card ${statusClass(dimension)}">`,
    heading,
    ...(source ? [`<h4>${escapeHtml(messages.policySays)}</h4>`, `<blockquote class="policy">${escapeHtml(source.text)}</blockquote>`] : []),
    ...(items.length ? [`<h4>${escapeHtml(messages.closingLineamientos)}</h4>`, `<ul class="lineamientos">${items.join("")}</ul>`] : []),
    `</article>`,
  ].join("\n");
}

/** Each provision that runs against a dimension: where it is, what it says, and why it conflicts. */
export function conflictsSection(dimensions: DimensionScore[], policy: PolicySummary, messages: Messages): string {
  const cards = dimensions.flatMap((d) =>
    d.conflicts.map((c) => {
      const quote = highlightTerms(shortenQuote(c.quote, quoteChars), c.terms.map((term) => ({ term, className: "hl-conflict", title: d.id })));
      return [
        `<article class="card status-conflict">`,
        cardHeading(d, policy, messages),
        `<p class="conflict-description">⚠ ${escapeHtml(c.description)}</p>`,
        `<p class="location">${escapeHtml(citationLocation(c, messages))}</p>`,
        `<blockquote class="passage">${quote}</blockquote>`,
        `</article>`,
      ].join("\n");
    }),
  );
  return cards.length ? section("conflicts", messages.conflictsHeading, cards) : "";
}

function cardHeading(dimension: DimensionScore, policy: PolicySummary, messages: Messages): string {
  const title = dimensionTitle(dimension, policy, messages);
  const pill = `<span class="pill ${statusClass(dimension)}">${escapeHtml(messages.status[dimension.status])} ${twoDecimals(dimension.score)}</span>`;
  return `<h3 class="card-title"><span class="id">${escapeHtml(dimension.id)}</span><span>${escapeHtml(title)}</span>${pill}</h3>`;
}

export function section(className: string, heading: string, items: string[]): string {
  return [`<section class="${className}">`, `<h3 class="section-title">${escapeHtml(heading)}</h3>`, ...items, `</section>`].join("\n");
}
