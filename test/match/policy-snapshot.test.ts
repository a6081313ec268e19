import { existsSync, readdirSync } from "node:fs";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { checkDocument } from "../../src/check-document.js";
import { readDocument } from "../../src/documents/read-document.js";
import type { SourceDocument } from "../../src/documents/types.js";
import type { CompiledPolicy } from "../../src/match/compile-policy.js";
import { restorePolicy, snapshotPolicy, type PolicySnapshot } from "../../src/match/policy-snapshot.js";
import { loadPolicy } from "../../src/policy/load-policy.js";
import { corpusDir, fixture } from "../helpers.js";

const roundTrip = (compiled: CompiledPolicy): CompiledPolicy =>
  restorePolicy(JSON.parse(JSON.stringify(snapshotPolicy(compiled))) as PolicySnapshot);

const text = (uri: string, body: string): SourceDocument => ({ uri, format: "text", text: body, warnings: [] });

const handwritten = [
  text("vacío", ""),
  text("negado", "Artículo 4.- No se aplicará el enfoque de género a las personas migrantes, salvo que la ley disponga otra cosa."),
  text("contrario", "Artículo 9.- El ingreso irregular al territorio será sancionado con pena privativa de libertad."),
  text("no relacionado", "Artículo 1.- Las ordenanzas de seguridad vial regulan el tránsito de vehículos."),
];

const draftsDir = fixture("drafts");
const rawDir = path.join(corpusDir, "raw");
// A few real texts: migration laws and one unrelated law, when the shared corpus is present.
const corpusFiles = existsSync(rawDir)
  ? readdirSync(rawDir)
      .filter((f) => /^(pe-ley27891|cl-ley21567|neg-uy-ley18191|pe-ds003-2023)/.test(f))
      .map((f) => path.join(rawDir, f))
  : [];

let documents: SourceDocument[];
beforeAll(async () => {
  const files = [...readdirSync(draftsDir).sort().map((f) => path.join(draftsDir, f)), ...corpusFiles];
  const read = await Promise.all(files.map((file) => readDocument(file, { maxBytes: 20 * 1024 * 1024, displayPath: path.basename(file) })));
  documents = [...handwritten, ...read];
});

describe("snapshotPolicy / restorePolicy", () => {
  it("a policy restored from JSON gives exactly the original's reports", async () => {
    const original = await loadPolicy();
    const restored = roundTrip(original);
    expect(documents.length).toBeGreaterThanOrEqual(handwritten.length + 6);
    for (const doc of documents) expect({ uri: doc.uri, report: checkDocument(restored, doc) }).toEqual({ uri: doc.uri, report: checkDocument(original, doc) });
    // The comparison is not vacuous: the drafts cite the policy and one finds a conflict.
    const reports = documents.map((doc) => checkDocument(restored, doc));
    expect(reports.some((r) => r.dimensions.some((d) => d.citations.length > 0))).toBe(true);
    expect(reports.some((r) => r.dimensions.some((d) => d.conflict))).toBe(true);
  });

  it("documents checked by the restored policy first still match the original's, in either order", async () => {
    const original = await loadPolicy();
    const restored = roundTrip(original);
    const reversed = [...documents].reverse();
    const fromRestored = reversed.map((doc) => JSON.stringify(checkDocument(restored, doc)));
    const fromOriginal = documents.map((doc) => JSON.stringify(checkDocument(original, doc))).reverse();
    expect(fromRestored).toEqual(fromOriginal);
  });

  it("a snapshot taken after the policy has checked documents restores to the same results", async () => {
    const original = await loadPolicy();
    for (const doc of documents) checkDocument(original, doc);
    const restored = roundTrip(original);
    for (const doc of documents) expect(JSON.stringify(checkDocument(restored, doc))).toBe(JSON.stringify(checkDocument(original, doc)));
  });

  it("snapshotting a restored policy gives the same data back, except the stems seen so far", async () => {
    const original = await loadPolicy();
    const { stems, ...data } = snapshotPolicy(original);
    const { stems: restoredStems, ...restoredData } = snapshotPolicy(roundTrip(original));
    expect(restoredData).toEqual(JSON.parse(JSON.stringify(data)));
    expect(stems.length).toBeGreaterThan(0);
    // A restored policy has memoised no word yet: its stems are only a seed for the stemmer.
    expect(restoredStems).toEqual([]);
  });

  it("works for the mini policy too", async () => {
    const original = await loadPolicy(fixture("policies", "mini-policy.yaml"));
    const restored = roundTrip(original);
    for (const doc of documents) expect(checkDocument(restored, doc)).toEqual(checkDocument(original, doc));
  });
});
