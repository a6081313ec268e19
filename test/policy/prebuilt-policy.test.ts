import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { InvalidSourceError } from "../../src/errors.js";
import { checkText } from "../../src/index.js";
import type { CompiledPolicy } from "../../src/match/compile-policy.js";
import { restorePolicy, snapshotPolicy, type PolicySnapshot } from "../../src/match/policy-snapshot.js";
import { bundledPolicyPath } from "../../src/policy/data-paths.js";
import { readLexiconFiles } from "../../src/policy/lexicon-files.js";
import { loadPolicy } from "../../src/policy/load-policy.js";
import * as prebuilt from "../../src/policy/prebuilt-policy.js";
import { fixture, repoRoot } from "../helpers.js";

const bundledText = readFileSync(bundledPolicyPath, "utf8");
const lexiconFiles = readLexiconFiles("es");
const bundledKey = prebuilt.policySourceKey([bundledText, lexiconFiles.cues, lexiconFiles.idf]);

/** A policy restored from a snapshot has memoised no word yet; one compiled from source has memoised all of its own. */
const restoredFromSnapshot = (compiled: CompiledPolicy) => compiled.tokenizeOptions.wordKeys.size === 0;

const drafts = ["decreto-alineado.md", "decreto-con-excepciones.md", "decreto-restrictivo.md", "ordenanza-no-relacionada.md"].map((f) =>
  readFileSync(fixture("drafts", f), "utf8"),
);
const reportsOf = (compiled: CompiledPolicy) => drafts.map((text) => JSON.stringify(checkText(compiled, text)));

// Edited copies of the bundled policy, as a user would write them.
const addedWord = "aporofobia";
const withWord = bundledText.replace("- terms: [xenofobia, racismo, intolerancia]", `- terms: [xenofobia, racismo, intolerancia, ${addedWord}]`);
const badWeight = bundledText.replace("- terms: [xenofobia, racismo, intolerancia]\n        weight: 0.6", "- terms: [xenofobia, racismo, intolerancia]\n        weight: alta");
const lineOf = (text: string, needle: string) => text.slice(0, text.indexOf(needle)).split("\n").length;

let dir: string;
const copy = (name: string, text: string) => {
  const file = path.join(dir, name);
  writeFileSync(file, text);
  return file;
};
beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), "policylint-prebuilt-"));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const mention = `Artículo 3.- Se sanciona la ${addedWord} contra las personas migrantes y toda forma de exclusión de la persona migrante.`;
const citesWord = (compiled: CompiledPolicy) =>
  checkText(compiled, mention).dimensions.find((d) => d.id === "E1")!.citations.some((c) => c.terms.includes(addedWord));

async function problemsOf(load: typeof loadPolicy, file: string, displayName: string): Promise<string[]> {
  try {
    await load(file, displayName);
  } catch (error) {
    if (error instanceof Error && "problems" in error) return (error as InvalidSourceError).problems.map((p) => `${p.file}:${p.line}:${p.column}: ${p.message}`);
    throw error;
  }
  return [];
}

describe("policySourceKey", () => {
  const sources = [bundledText, lexiconFiles.cues, lexiconFiles.idf];

  it("is a stable sha-256 of the sources", () => {
    expect(bundledKey).toMatch(/^[0-9a-f]{64}$/);
    expect(prebuilt.policySourceKey([...sources])).toBe(bundledKey);
    expect(prebuilt.policySourceKey(sources.map((s) => s.slice()))).toBe(bundledKey);
  });

  it.each([0, 1, 2])("changes when source %i changes, even by one character", (i) => {
    const edited = sources.map((s, j) => (j === i ? `${s} ` : s));
    expect(prebuilt.policySourceKey(edited)).not.toBe(bundledKey);
    const truncated = sources.map((s, j) => (j === i ? s.slice(0, -1) : s));
    expect(prebuilt.policySourceKey(truncated)).not.toBe(bundledKey);
  });

  it("tells apart sources that only differ in where one ends and the next begins, or in order", () => {
    expect(prebuilt.policySourceKey(["ab", "c"])).not.toBe(prebuilt.policySourceKey(["a", "bc"]));
    expect(prebuilt.policySourceKey(["a", "b"])).not.toBe(prebuilt.policySourceKey(["b", "a"]));
    expect(prebuilt.policySourceKey(["a", ""])).not.toBe(prebuilt.policySourceKey(["a"]));
  });
});

describe("loadPolicy run from src/ (as the tests run it)", () => {
  it("looks for snapshots in src/policy-snapshots/, which the build never makes", async () => {
    expect(prebuilt.prebuiltPolicyPath(bundledKey)).toBe(path.join(repoRoot, "src", "policy-snapshots", `${bundledKey}.json`));
    expect(prebuilt.readPrebuiltPolicy(bundledKey)).toBeUndefined();
  });

  it("so it compiles the bundled policy from source, with the same results as a snapshot of it", async () => {
    const compiled = await loadPolicy();
    expect(restoredFromSnapshot(compiled)).toBe(false);
    const restored = restorePolicy(JSON.parse(JSON.stringify(snapshotPolicy(compiled))) as PolicySnapshot);
    expect(reportsOf(restored)).toEqual(reportsOf(compiled));
  });

  it("compiles an edited copy with one more vocabulary word, and the word counts", async () => {
    expect(withWord).not.toBe(bundledText);
    const edited = await loadPolicy(copy("with-word.yaml", withWord));
    expect(citesWord(edited)).toBe(true);
    expect(citesWord(await loadPolicy())).toBe(false);
  });

  it("reports an invalid edited copy as file:line:col problems", async () => {
    const problems = await problemsOf(loadPolicy, copy("bad-weight.yaml", badWeight), "editada.yaml");
    const line = lineOf(badWeight, "weight: alta");
    expect(problems).toEqual([expect.stringMatching(new RegExp(`^editada\\.yaml:${line}:\\d+: .*weight`))]);
    expect(await problemsOf(loadPolicy, fixture("policies", "broken-policy.yaml"), "broken-policy.yaml")).toEqual(
      expect.arrayContaining([expect.stringMatching(/^broken-policy\.yaml:26:\d+: .*unknown key "colour"/)]),
    );
  });
});

// The build (`npm test` runs it first) stores the snapshot beside dist/'s folders, where dist/'s own loadPolicy finds it.
const distModule = (file: string) => pathToFileURL(path.join(repoRoot, "dist", file)).href;
const built = existsSync(path.join(repoRoot, "dist", "policy", "load-policy.js"));

describe.skipIf(!built)("loadPolicy run from dist/ (as the CLI runs it)", () => {
  let distLoadPolicy: typeof loadPolicy;
  let distPrebuilt: typeof prebuilt;
  beforeAll(async () => {
    distLoadPolicy = ((await import(distModule("policy/load-policy.js"))) as { loadPolicy: typeof loadPolicy }).loadPolicy;
    distPrebuilt = (await import(distModule("policy/prebuilt-policy.js"))) as typeof prebuilt;
  });

  it("finds the build's snapshot of the bundled policy under dist/policy-snapshots/", async () => {
    expect(distPrebuilt.policySourceKey([bundledText, lexiconFiles.cues, lexiconFiles.idf])).toBe(bundledKey);
    expect(distPrebuilt.prebuiltPolicyPath(bundledKey)).toBe(path.join(repoRoot, "dist", "policy-snapshots", `${bundledKey}.json`));
    expect(existsSync(distPrebuilt.prebuiltPolicyPath(bundledKey))).toBe(true);
  });

  it("restores the bundled policy from it, with the same results as compiling from source", async () => {
    const fromSnapshot = await distLoadPolicy();
    expect(restoredFromSnapshot(fromSnapshot)).toBe(true);
    expect(reportsOf(fromSnapshot)).toEqual(reportsOf(await loadPolicy()));
  });

  it("compiles an edited copy from source (no snapshot has its key), and the added word counts", async () => {
    const file = copy("with-word.yaml", withWord);
    expect(existsSync(distPrebuilt.prebuiltPolicyPath(distPrebuilt.policySourceKey([withWord, lexiconFiles.cues, lexiconFiles.idf])))).toBe(false);
    const edited = await distLoadPolicy(file);
    expect(restoredFromSnapshot(edited)).toBe(false);
    expect(citesWord(edited)).toBe(true);
    expect(reportsOf(edited)).toEqual(reportsOf(await loadPolicy(file)));
  });

  it("reports an invalid edited copy as file:line:col problems, as from src/", async () => {
    const file = copy("bad-weight.yaml", badWeight);
    const problems = await problemsOf(distLoadPolicy, file, "editada.yaml");
    expect(problems).toHaveLength(1);
    expect(problems).toEqual(await problemsOf(loadPolicy, file, "editada.yaml"));
  });
});
