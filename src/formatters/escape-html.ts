const entities: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };

/** C0 controls other than tab and line breaks, and DEL: HTML parsers reject or replace them. */
const controls = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g;

/** Text made inert in HTML element content and in quoted attribute values alike. */
export function escapeHtml(text: string): string {
  return text.replace(controls, "").replace(/[&<>"']/g, (character) => entities[character] as string);
}
