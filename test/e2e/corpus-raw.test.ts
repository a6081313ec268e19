import { existsSync, readdirSync } from "node:fs";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { checkDocument } from "../../src/check-document.js";
import { readDocument } from "../../src/documents/read-document.js";
import type { CompiledPolicy } from "../../src/match/compile-policy.js";
import { loadPolicy } from "../../src/policy/load-policy.js";
import { corpusDir } from "../helpers.js";

const rawDir = path.join(corpusDir, "raw");
const files = existsSync(rawDir) ? readdirSync(rawDir).sort() : [];

let policy: CompiledPolicy;
beforeAll(async () => {
  policy = await loadPolicy();
});

const collapse = (s: string) => s.replace(/\s+/g, " ").trim();

describe.skipIf(files.length === 0)("every real text in the corpus", () => {
  it.each(files)("%s checks without error and cites real lines", async (file) => {
    const doc = await readDocument(path.join(rawDir, file), { maxBytes: 20 * 1024 * 1024, displayPath: file });
    const report = checkDocument(policy, doc);
    expect(report.dimensions).toHaveLength(16);
    const lines = doc.text.split("\n");
    for (const d of report.dimensions) {
      for (const c of [...d.citations, ...d.conflicts]) {
        const cited = collapse(lines.slice(c.start.line - 1, c.end.line).join("\n"));
        expect(cited).toContain(collapse(c.quote).replace(/…$/, "").slice(0, 80));
        expect(collapse(doc.text.slice(c.span.start, c.span.end)).startsWith(c.quote.replace(/…$/, ""))).toBe(true);
      }
    }
  });
});
