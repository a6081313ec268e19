import type { DocumentWarning } from "../documents/document-warning.js";
import { createLineIndex } from "../text/line-index.js";
import type { GapAcceptance } from "./accept-gaps.js";

export interface InlineAccepts {
  acceptances: GapAcceptance[];
  /** Markers that were ignored, and why; they become document warnings. */
  warnings: DocumentWarning[];
}

const htmlComment = /<!--([\s\S]*?)-->/g;
const markerLine = /^[ \t]*(policylint-disable\b.*)$/gm;
const marker = /^\s*policylint-disable\b\s*([A-Za-z][A-Za-z0-9]*(?:\s*,\s*[A-Za-z][A-Za-z0-9]*)*)?\s*(?::([\s\S]*))?$/;

/**
 * `<!-- policylint-disable E5, P6: motivo -->` anywhere (Markdown), or `policylint-disable E5: motivo`
 * as a line of its own (any format). A marker without a reason or naming an unknown dimension is
 * ignored with a warning, so a typo never silently accepts a gap.
 */
export function findInlineAccepts(text: string, dimensionIds: readonly string[]): InlineAccepts {
  // Nearly every draft has no marker: one substring search instead of three scans of every line.
  if (!text.includes("policylint-disable")) return { acceptances: [], warnings: [] };
  const found: Array<{ offset: number; body: string }> = [];
  for (const m of text.matchAll(htmlComment)) {
    if (/^\s*policylint-disable\b/.test(m[1] as string)) found.push({ offset: m.index, body: m[1] as string });
  }
  // Comments are blanked (keeping offsets) so a marker on its own line inside one is not read twice.
  const withoutComments = text.replace(htmlComment, (comment) => comment.replace(/[^\n]/g, " "));
  for (const m of withoutComments.matchAll(markerLine)) found.push({ offset: m.index, body: m[1] as string });

  const lines = createLineIndex(text);
  const known = new Set(dimensionIds);
  const result: InlineAccepts = { acceptances: [], warnings: [] };
  for (const { offset, body } of found.sort((a, b) => a.offset - b.offset)) {
    const line = lines.positionAt(offset).line;
    const parsed = marker.exec(body);
    const ids = parsed?.[1]?.split(",").map((id) => id.trim().toUpperCase()) ?? [];
    const reason = (parsed?.[2] ?? "").replace(/\s+/g, " ").trim();
    if (ids.length === 0) {
      result.warnings.push({ code: "accept-without-dimension", line });
    } else if (reason === "") {
      result.warnings.push({ code: "accept-without-reason", line, dimensions: ids });
    } else {
      for (const id of ids) {
        if (known.has(id)) result.acceptances.push({ dimension: id, reason, source: "inline" });
        else result.warnings.push({ code: "accept-unknown-dimension", line, dimension: id });
      }
    }
  }
  return result;
}
