/** A text item as pdf.js gives it, positioned in PDF points (y grows upwards). */
export interface PdfTextItem {
  str: string;
  x: number;
  y: number;
  width: number;
  hasEOL: boolean;
}

/** One line of a PDF page: its text, trimmed with runs of spaces collapsed, and where its ink is. */
export interface PdfLine {
  text: string;
  /** Baseline of the line's first visible item; undefined for a line without visible text. */
  baseline?: number;
  left: number;
  right: number;
}

/**
 * The lines of one page, split where pdf.js marks an end of line (or an item holds a newline),
 * so the text is the same as pdf.js's own page text split into lines.
 */
export function pdfLines(items: readonly PdfTextItem[]): PdfLine[] {
  const lines: PdfLine[] = [];
  let text = "";
  let baseline: number | undefined;
  let left = Infinity;
  let right = -Infinity;
  const close = () => {
    const line: PdfLine = { text: text.replace(/\s+/g, " ").trim(), left, right };
    if (baseline !== undefined) line.baseline = baseline;
    lines.push(line);
    text = "";
    baseline = undefined;
    left = Infinity;
    right = -Infinity;
  };
  for (const item of items) {
    item.str.split("\n").forEach((part, i) => {
      if (i > 0) close();
      text += part;
      if (part.trim() === "") return;
      baseline ??= item.y;
      left = Math.min(left, item.x);
      right = Math.max(right, item.x + item.width);
    });
    if (item.hasEOL) close();
  }
  close();
  return lines;
}
