const maxLength = 200;

/** Library errors can span lines or carry stacks; a reason must fit on one line of the report. */
export function toOneLine(message: string): string {
  const line = message.replace(/\s+/g, " ").trim();
  return line.length > maxLength ? `${line.slice(0, maxLength - 1)}…` : line;
}
