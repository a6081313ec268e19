const ellipsis = "…";

/**
 * Whitespace collapsed, control characters dropped (a draft must not be able to send terminal
 * escapes), and past `max` characters cut at the last word boundary with "…".
 */
export function shortenQuote(text: string, max = 160): string {
  const collapsed = text
    .replace(/\s+/g, " ")
    .replace(/[\u0000-\u001f\u007f-\u009f]/g, "")
    .trim();
  if (collapsed.length <= max) return collapsed;
  const space = collapsed.lastIndexOf(" ", max);
  // One very long word (a URL, a run of digits) is cut mid-word rather than emptied.
  const head = space > max / 2 ? collapsed.slice(0, space) : withoutHalfSurrogate(collapsed.slice(0, max));
  return head.replace(/[\s,;:]+$/, "") + ellipsis;
}

/** The shortened text between «» guillemets, as Spanish legal writing quotes. */
export function quote(text: string, max = 160): string {
  return `«${shortenQuote(text, max)}»`;
}

function withoutHalfSurrogate(text: string): string {
  const last = text.charCodeAt(text.length - 1);
  return last >= 0xd800 && last <= 0xdbff ? text.slice(0, -1) : text;
}
