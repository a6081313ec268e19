// npm run bench [-- --quick]
// Prints throughput, scaling, memory and cold start of the built CLI on a batch corpus made from
// ../shared/corpus/raw, each figure beside the target of the issue. Figures, not a timed test.
import { execFileSync } from "node:child_process";
import { openSync, statSync } from "node:fs";
import path from "node:path";
import { makeCorpus } from "./bench/make-corpus.mjs";
import { median, runMeasured } from "./bench/measure.mjs";

const root = path.resolve(import.meta.dirname, "..");
const rawDir = path.resolve(root, "../shared/corpus/raw");
const quick = process.argv.includes("--quick");
const bin = path.join(root, "bin", "policylint.js");
const large = quick ? 400 : 2000;
const small = large / 10;

const rows = [];
const report = (name, value, target, pass) => rows.push([name, value, target, pass === undefined ? "" : pass ? "PASS" : "MISS"]);

console.log(`building ${large} + ${small} documents from ${rawDir} …`);
const largeDir = path.join(root, ".bench", "large");
const smallDir = path.join(root, ".bench", "small");
const largeMb = makeCorpus(rawDir, largeDir, large) / 1e6;
makeCorpus(rawDir, smallDir, small);

const check = (dir, jobs, name) =>
  runMeasured(process.execPath, [bin, "check", dir, "--format", "jsonl", "--jobs", String(jobs), "--no-progress"], {
    stdio: ["ignore", openSync(path.join(root, ".bench", name), "w"), "pipe"],
  });

const one = await check(largeDir, 1, "out-1.jsonl");
const two = await check(largeDir, 2, "out-2.jsonl");
const smallRun = await check(smallDir, 2, "out-small.jsonl");
for (const run of [one, two, smallRun]) if (run.code !== 1 && run.code !== 0) throw new Error(`check failed (${run.code}): ${run.stderr}`);
let same = true;
try {
  execFileSync("cmp", ["-s", path.join(root, ".bench", "out-1.jsonl"), path.join(root, ".bench", "out-2.jsonl")]);
} catch {
  same = false;
}

const mbps1 = largeMb / one.seconds;
const mbps2 = largeMb / two.seconds;
const floor = JSON.parse(execFileSync(process.execPath, [path.join(import.meta.dirname, "bench", "bare-floor.mjs"), largeDir], { encoding: "utf8" }));

report(`documents (MB)`, `${large} (${largeMb.toFixed(1)} MB)`, "≈ 2,000 / 50 MB");
report("--jobs 1: MB/s, docs/s", `${mbps1.toFixed(1)} MB/s, ${(large / one.seconds).toFixed(0)} doc/s`, "≥ 15 MB/s per core", mbps1 >= 15);
report("--jobs 2: MB/s, docs/s", `${mbps2.toFixed(1)} MB/s, ${(large / two.seconds).toFixed(0)} doc/s`, "");
report("bare floor (read, fold, split, stem)", `${floor.mbPerSecond.toFixed(1)} MB/s`, "");
report("end-to-end time / floor time (1 job)", `${(floor.mbPerSecond / mbps1).toFixed(2)}×`, "≤ 2×", floor.mbPerSecond / mbps1 <= 2);
report("speed-up 1 → 2 jobs", `${(one.seconds / two.seconds).toFixed(2)}×`, "≥ 1.7×", one.seconds / two.seconds >= 1.7);
report(`peak RSS, ${large} docs, 2 jobs`, `${two.peakMb.toFixed(0)} MB`, "< 200 MB", two.peakMb < 200);
report(`peak RSS, ${small} vs ${large} docs`, `${smallRun.peakMb.toFixed(0)} → ${two.peakMb.toFixed(0)} MB`, "flat", two.peakMb <= smallRun.peakMb * 1.25);
report("output identical for 1 and 2 jobs", same ? "yes" : "NO", "yes", same);

const decree = path.join(rawDir, "pe-ley30001-reinsercion-migrante-retornado.md");
const times = async (args) => {
  const seconds = [];
  for (let i = 0; i < 10; i++) seconds.push((await runMeasured(process.execPath, args)).seconds);
  return median(seconds);
};
const bare = await times(["-e", "0"]);
const cold = await times([bin, "check", decree, "--format", "json", "--fail-on", "none"]);
report(`cold start, one ${(statSync(decree).size / 1000).toFixed(0)} KB decree`, `${(cold * 1000).toFixed(0)} ms vs node -e 0 ${(bare * 1000).toFixed(0)} ms = ${(cold / bare).toFixed(1)}×`, "< 2.5×", cold / bare < 2.5);

const widths = [0, 1, 2, 3].map((c) => Math.max(...[["figure", "measured", "target", ""], ...rows].map((r) => String(r[c]).length)));
for (const row of [["figure", "measured", "target", ""], ...rows]) console.log(row.map((cell, c) => String(cell).padEnd(widths[c])).join("  "));
