/** Characters that would turn a draft's text into markup: code, emphasis, links, HTML, table cells. */
const markup = /[\\`*_[\]<>|]/g;

/**
 * Text from a draft or a file name, made inert for a pull-request comment: every markup character
 * backslash-escaped, and whitespace collapsed so a line break cannot end a table row or a list item.
 */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/\s+/g, " ")
    .trim()
    .replace(markup, (character) => `\\${character}`);
}
