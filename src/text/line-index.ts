import type { Position } from "./types.js";

/** Maps offsets of a text to 1-based line/column; built once per document. */
export interface LineIndex {
  positionAt(offset: number): Position;
  lineCount: number;
}

/** Lines end at \n; a \r before it belongs to the line break, so CRLF and LF give the same lines. */
export function createLineIndex(text: string): LineIndex {
  const starts = [0];
  for (let i = text.indexOf("\n"); i !== -1; i = text.indexOf("\n", i + 1)) starts.push(i + 1);
  return {
    lineCount: starts.length,
    positionAt(offset: number): Position {
      let low = 0;
      let high = starts.length - 1;
      while (low < high) {
        const mid = (low + high + 1) >> 1;
        if ((starts[mid] as number) <= offset) low = mid;
        else high = mid - 1;
      }
      return { line: low + 1, column: offset - (starts[low] as number) + 1 };
    },
  };
}
