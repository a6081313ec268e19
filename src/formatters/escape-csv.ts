/** Characters that make a spreadsheet read a cell as a formula (OWASP "CSV injection"). */
const formulaStarts = ["=", "+", "-", "@", "\t", "\r"];

/**
 * One RFC 4180 cell. Text from a draft could start with "=" or "@" and run as a formula when the
 * CSV is opened in a spreadsheet, so such a cell gets a leading ' (OWASP's advice) before quoting.
 */
export function escapeCsvCell(value: string): string {
  const safe = formulaStarts.some((start) => value.startsWith(start)) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

/** One record, CRLF-terminated as RFC 4180 asks. */
export function csvRecord(cells: readonly string[]): string {
  return `${cells.map(escapeCsvCell).join(",")}\r\n`;
}
