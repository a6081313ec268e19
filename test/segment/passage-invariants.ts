import { expect } from "vitest";
import { segmentDocument } from "../../src/segment/segment-document.js";
import type { Passage } from "../../src/segment/types.js";

export function segment(text: string): Passage[] {
  return segmentDocument({ uri: "test.md", format: "markdown", text, warnings: [] });
}

/** "line kind label" rows: the compact form the table tests compare. */
export function outline(text: string): string[] {
  return segment(text).map((p) => `${p.start.line} ${p.kind} ${p.label}`);
}

/**
 * Every passage is a non-empty, trimmed slice; spans increase without overlapping; indexes run 0..n-1;
 * start/end positions match the span. Lines are counted here independently of the line index: offsets
 * visited in order, newlines counted on the way.
 */
export function expectWellFormed(text: string, passages: Passage[]): void {
  let offset = 0;
  let line = 1;
  let lineStart = 0;
  const positionAt = (target: number) => {
    for (; offset < target; offset++) {
      if (text.charCodeAt(offset) === 10) {
        line++;
        lineStart = offset + 1;
      }
    }
    return { line, column: target - lineStart + 1 };
  };
  let previousEnd = 0;
  passages.forEach((p, i) => {
    expect(p.index).toBe(i);
    expect(p.label).not.toBe("");
    expect(p.span.start).toBeGreaterThanOrEqual(previousEnd);
    expect(p.span.end).toBeGreaterThan(p.span.start);
    expect(p.span.end).toBeLessThanOrEqual(text.length);
    const slice = text.slice(p.span.start, p.span.end);
    expect(slice.trim()).toBe(slice);
    expect(p.start).toEqual(positionAt(p.span.start));
    expect(p.end).toEqual(positionAt(p.span.end - 1));
    previousEnd = p.span.end;
  });
}
