import type { Messages } from "../i18n/messages.js";
import type { Citation } from "../score/types.js";

/**
 * Where a citation is, as a reader looks it up: "p. 4, Artículo 12, numeral 12.3 (párr. 31, líneas
 * 140–146)" for a PDF, "Artículo 3, literal b) (párr. 14, línea 26)" for a Word or HTML source.
 */
export function citationLocation(citation: Citation, messages: Messages): string {
  const page = citation.page !== undefined ? `${messages.page} ${citation.page}, ` : "";
  const paragraph = citation.paragraph !== undefined ? `${messages.paragraph} ${citation.paragraph}, ` : "";
  return `${page}${citation.label} (${paragraph}${lineRange(citation, messages)})`;
}

export function lineRange(citation: Citation, messages: Messages): string {
  const { start, end } = citation;
  return start.line === end.line ? `${messages.line} ${start.line}` : `${messages.lines} ${start.line}–${end.line}`;
}
