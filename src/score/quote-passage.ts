import type { Span } from "../text/types.js";

/** The passage's original text, whitespace collapsed; formatters shorten it for display. */
export function quotePassage(text: string, span: Span, maxLength = 600): string {
  const collapsed = text.slice(span.start, span.end).replace(/\s+/g, " ").trim();
  if (collapsed.length <= maxLength) return collapsed;
  const cut = collapsed.lastIndexOf(" ", maxLength);
  return `${collapsed.slice(0, cut > maxLength / 2 ? cut : maxLength)}…`;
}
