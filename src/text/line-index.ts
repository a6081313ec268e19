import { lastAtOrBefore } from "./last-at-or-before.js";
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
      const line = lastAtOrBefore(starts, offset);
      return { line: line + 1, column: offset - (starts[line] as number) + 1 };
    },
  };
}
