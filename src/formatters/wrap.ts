/**
 * Greedy word wrap to `width` columns. The first line starts with `firstIndent`, the others with
 * `indent` (a hanging indent for "L1.a — …" items). A word longer than a line stays whole.
 */
export function wrapText(text: string, width: number, indent: string, firstIndent = indent): string[] {
  const lines: string[] = [];
  let line = firstIndent;
  let lineHasWord = false;
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (lineHasWord && line.length + 1 + word.length > width) {
      lines.push(line);
      line = indent;
      lineHasWord = false;
    }
    line += lineHasWord ? ` ${word}` : word;
    lineHasWord = true;
  }
  if (lineHasWord) lines.push(line);
  return lines;
}
