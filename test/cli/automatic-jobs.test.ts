import { mkdtempSync, truncateSync, writeFileSync } from "node:fs";
import { availableParallelism, tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { automaticJobs, minBytesForWorkers } from "../../src/cli/automatic-jobs.js";

const dir = mkdtempSync(path.join(tmpdir(), "policylint-jobs-"));
const file = (name: string, bytes: number) => {
  const p = path.join(dir, name);
  writeFileSync(p, "");
  truncateSync(p, bytes); // sparse: the size without writing the bytes
  return { path: p, display: name };
};

describe("automaticJobs", () => {
  it("keeps a small batch on this thread", async () => {
    expect(await automaticJobs([file("a.md", 30_000), file("b.md", 40_000)])).toBe(1);
  });

  it("uses every core once the documents reach the threshold", async () => {
    const documents = [file("c.md", minBytesForWorkers / 2), file("d.md", minBytesForWorkers / 2)];
    expect(await automaticJobs(documents)).toBe(availableParallelism());
  });

  it("counts standard input, and a missing file as nothing", async () => {
    const stdin = { path: "-", display: "-" };
    const missing = { path: path.join(dir, "gone.md"), display: "gone.md" };
    expect(await automaticJobs([stdin, missing], 1000)).toBe(1);
    expect(await automaticJobs([stdin, missing], minBytesForWorkers)).toBe(availableParallelism());
  });
});
