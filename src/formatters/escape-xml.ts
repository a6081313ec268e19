const entities: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&apos;" };

/**
 * Characters XML 1.0 cannot carry even as references: C0 controls other than tab, LF and CR,
 * lone surrogates, U+FFFE and U+FFFF. A draft extracted from a PDF can contain any of them.
 */
const illegalInXml = /[^\t\n\r\u0020-\ud7ff\ue000-\ufffd\u{10000}-\u{10ffff}]/gu;

/** Text safe in XML element content and in quoted attribute values; `]]>` cannot survive since `>` is escaped. */
export function escapeXml(text: string): string {
  return text.replace(illegalInXml, "").replace(/[&<>"']/g, (character) => entities[character] as string);
}

/** For attribute values: line breaks and tabs as references, so XML attribute normalisation does not turn them into spaces. */
export function escapeXmlAttribute(text: string): string {
  return escapeXml(text).replace(/[\t\n\r]/g, (character) => `&#${character.charCodeAt(0)};`);
}
