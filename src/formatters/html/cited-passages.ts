import type { Messages } from "../../i18n/messages.js";
import type { Citation, DimensionScore } from "../../score/types.js";
import { escapeHtml } from "../escape-html.js";
import { citationLocation } from "../location.js";
import { shortenQuote } from "../quote.js";
import { section } from "./findings.js";
import { highlightTerms, type Highlight } from "./highlight-terms.js";
import { statusClass } from "./status-class.js";

const quoteChars = 600;

/** One cited passage and every dimension that cites it (or finds a conflict in it). */
interface CitedPassage {
  citation: Citation;
  references: Array<{ dimension: DimensionScore; policyRef: string; isConflict: boolean; terms: string[] }>;
}

/**
 * The report carries the cited passages, not the whole text: each passage once, in document order,
 * its matched terms marked in the colour of the dimension that found them, with chips naming the
 * dimensions and the policy items they match.
 */
export function citedPassagesSection(dimensions: DimensionScore[], messages: Messages): string {
  const passages = groupByPassage(dimensions);
  if (!passages.length) return "";
  const note = `<p class="note">${escapeHtml(messages.citedPassagesNote)}</p>`;
  return section("passages", messages.citedPassagesHeading, [note, ...passages.map((p) => passageCard(p, messages))]);
}

function groupByPassage(dimensions: DimensionScore[]): CitedPassage[] {
  const byPassage = new Map<string, CitedPassage>();
  for (const dimension of dimensions) {
    const cited = [
      ...dimension.conflicts.map((c) => ({ citation: c as Citation, isConflict: true })),
      ...dimension.citations.map((c) => ({ citation: c, isConflict: false })),
    ];
    for (const { citation, isConflict } of cited) {
      const key = `${citation.label}\u0000${citation.span.start}\u0000${citation.span.end}`;
      const passage = byPassage.get(key) ?? { citation, references: [] };
      passage.references.push({ dimension, policyRef: citation.policyRef, isConflict, terms: citation.terms });
      byPassage.set(key, passage);
    }
  }
  return [...byPassage.values()].sort((a, b) => a.citation.span.start - b.citation.span.start);
}

function passageCard(passage: CitedPassage, messages: Messages): string {
  const highlights: Highlight[] = passage.references.flatMap((r) =>
    r.terms.map((term) => ({ term, className: r.isConflict ? "hl-conflict" : `hl-${statusClass(r.dimension)}`, title: r.dimension.id })),
  );
  const chips = passage.references.map((r) => {
    const className = r.isConflict ? "status-conflict" : statusClass(r.dimension);
    const what = r.isConflict ? `⚠ ${messages.conflict}` : r.policyRef === r.dimension.id ? "" : `${messages.matches} ${r.policyRef}`;
    return `<li class="chip ${className}"><b>${escapeHtml(r.dimension.id)}</b>${what ? ` ${escapeHtml(what)}` : ""}</li>`;
  });
  return [
    `<article class="passage-card">`,
    `<p class="location">${escapeHtml(citationLocation(passage.citation, messages))}</p>`,
    `<blockquote class="passage">${highlightTerms(shortenQuote(passage.citation.quote, quoteChars), highlights)}</blockquote>`,
    `<ul class="chips">${chips.join("")}</ul>`,
    `</article>`,
  ].join("\n");
}
