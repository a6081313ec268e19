import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { repoRoot } from "../helpers.js";

const built = existsSync(path.join(repoRoot, "dist", "check-document.js"));

// Checks documents that each bring one new long word, as distinct real documents do, and
// measures the live heap after full collections: the word memo outlives every document, and
// must not keep their texts alive (before the fix: about 40 KB more per document).
const script = `
import { loadPolicy } from "./dist/policy/load-policy.js";
import { checkDocument } from "./dist/check-document.js";
const compiled = await loadPolicy();
const body = "Artículo 1.- Se garantiza el derecho a la salud de las personas migrantes. ".repeat(300);
const check = (n) => checkDocument(compiled, { uri: "d" + n, format: "text", text: "Expedientemigratorio" + n + " " + body, warnings: [] });
const live = () => { gc(); gc(); return process.memoryUsage().heapUsed; };
for (let n = 0; n < 200; n++) check(n);
const before = live();
for (let n = 200; n < 800; n++) check(n);
console.log(JSON.stringify({ grownPerDocument: (live() - before) / 600, textBytes: body.length }));
`;

describe.skipIf(!built)("the word memo", () => {
  it("keeps no document's text alive through a new long word of it", () => {
    const run = spawnSync(process.execPath, ["--expose-gc", "--input-type=module", "-e", script], { cwd: repoRoot, encoding: "utf8" });
    expect(run.stderr).toBe("");
    const { grownPerDocument, textBytes } = JSON.parse(run.stdout) as { grownPerDocument: number; textBytes: number };
    // Each new word costs its memo entry, a few hundred bytes; a kept text (one byte a character
    // here) would cost textBytes, and did: 23 KB a document.
    expect(grownPerDocument).toBeLessThan(textBytes / 4);
  });
});
