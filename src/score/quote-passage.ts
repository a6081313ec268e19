import type { Span } from "../text/types.js";

/**
 * The passage's original text, whitespace collapsed; formatters shorten it for display. Only the
 * beginning of a long passage can show, so only that much is collapsed: a whole article can run
 * to many kilobytes, and every citation is quoted.
 */
export function quotePassage(text: string, span: Span, maxLength = 600): string {
  // Legal text is rarely more than a fifth whitespace: this much nearly always gives enough.
  const window = Math.min(span.end, span.start + Math.ceil(maxLength * 1.25) + 2);
  if (window < span.end) {
    const head = collapse(text.slice(span.start, window)).trimStart();
    // Past maxLength + 1 characters the rest cannot change what is shown.
    if (head.trimEnd().length > maxLength + 1) return shorten(head, maxLength);
  }
  const collapsed = collapse(text.slice(span.start, span.end)).trim();
  return collapsed.length <= maxLength ? collapsed : shorten(collapsed, maxLength);
}

/** Runs of whitespace become one space; a lone space, most of them, is left where it is rather than replaced. */
const collapse = (s: string) => s.replace(/ \s+|[^\S ]\s*/g, " ");

function shorten(collapsed: string, maxLength: number): string {
  const cut = collapsed.lastIndexOf(" ", maxLength);
  return `${collapsed.slice(0, cut > maxLength / 2 ? cut : maxLength)}…`;
}
