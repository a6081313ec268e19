// npm run bench [-- --quick] [-- --bin path/to/policylint.js]
// Prints throughput, scaling, memory and cold start of the built CLI on a batch corpus made from
// ../shared/corpus/raw, each figure beside the target of the issue. Figures, not a timed test:
// the machine is noisy, so each throughput is the median of three runs (one with --quick).
import { execFileSync } from "node:child_process";
import { openSync, readdirSync, statSync } from "node:fs";
import path from "node:path";
import { makeCorpus } from "./bench/make-corpus.mjs";
import { median, runMeasured } from "./bench/measure.mjs";

const root = path.resolve(import.meta.dirname, "..");
const rawDir = path.resolve(root, "../shared/corpus/raw");
const benchDir = path.join(root, ".bench");
const quick = process.argv.includes("--quick");
// --bin measures another build (an older checkout, say) on the same corpus.
const binAt = process.argv.indexOf("--bin");
const bin = binAt > 0 ? path.resolve(process.argv[binAt + 1]) : path.join(root, "bin", "policylint.js");
const large = quick ? 400 : 2000;
const small = large / 10;
const repeats = quick ? 1 : 3;

const rows = [];
const report = (name, value, target = "", pass) => rows.push([name, value, target, pass === undefined ? "" : pass ? "PASS" : "MISS"]);

console.log(`building ${large} + ${small} documents from ${rawDir} …`);
const largeDir = path.join(benchDir, "large");
const smallDir = path.join(benchDir, "small");
const largeMb = makeCorpus(rawDir, largeDir, large) / 1e6;
makeCorpus(rawDir, smallDir, small);

/** Runs `check` (JSON Lines unless told) on a folder `repeats` times, `between()` after each; the median time and CPU time, the highest peak RSS. */
async function check(dir, jobs, output, between = () => {}, format = "jsonl") {
  const runs = [];
  for (let i = 0; i < repeats; i++) {
    const run = await runMeasured(process.execPath, [bin, "check", dir, "--format", format, "--jobs", String(jobs), "--no-progress"], {
      stdio: ["ignore", openSync(path.join(benchDir, output), "w"), "pipe"],
    });
    if (run.code !== 0 && run.code !== 1) throw new Error(`check failed (${run.code}): ${run.stderr}`);
    runs.push(run);
    between();
  }
  return {
    seconds: median(runs.map((r) => r.seconds)),
    cpuSeconds: median(runs.map((r) => r.cpuSeconds)),
    peakMb: Math.max(...runs.map((r) => r.peakMb)),
  };
}

console.log(`checking with --jobs 1 and --jobs 2 (${repeats} run${repeats > 1 ? "s" : ""} each) …`);
// The floor is measured between the one-job runs, so that both see the machine in the same state:
// its speed drifts by 10% over a few minutes.
const bareFloor = () => JSON.parse(execFileSync(process.execPath, [path.join(import.meta.dirname, "bench", "bare-floor.mjs"), largeDir], { encoding: "utf8" }));
const floors = [];
const one = await check(largeDir, 1, "out-1.jsonl", () => floors.push(bareFloor().mbPerSecond));
const floor = { mbPerSecond: median(floors) };
const two = await check(largeDir, 2, "out-2.jsonl");
// Two separate processes, one job each, on half the folders each: no messages and no shared
// thread, so no way of splitting the work within one process can do better on this machine.
const folders = readdirSync(largeDir).sort().map((folder) => path.join(largeDir, folder));
const halves = [folders.slice(0, folders.length / 2), folders.slice(folders.length / 2)];
const apartSeconds = [];
for (let i = 0; i < repeats; i++) {
  const started = process.hrtime.bigint();
  await Promise.all(
    halves.map((half, k) =>
      runMeasured(process.execPath, [bin, "check", ...half, "--format", "jsonl", "--jobs", "1", "--no-progress"], {
        stdio: ["ignore", openSync(path.join(benchDir, `out-half-${k}.jsonl`), "w"), "pipe"],
      }),
    ),
  );
  apartSeconds.push(Number(process.hrtime.bigint() - started) / 1e9);
}
const apart = median(apartSeconds);
const smallOne = await check(smallDir, 1, "out-small-1.jsonl");
const smallRun = await check(smallDir, 2, "out-small.jsonl");
// The default format, on a pipe, goes out document by document too.
const text = await check(largeDir, 2, "out-2.txt", undefined, "text");
let same = true;
try {
  execFileSync("cmp", ["-s", path.join(benchDir, "out-1.jsonl"), path.join(benchDir, "out-2.jsonl")]);
} catch {
  same = false;
}

const mbps1 = largeMb / one.seconds;
const mbps2 = largeMb / two.seconds;
const perSecond = (mbps, seconds) => `${mbps.toFixed(1)} MB/s, ${(large / seconds).toFixed(0)} doc/s`;
report("documents", `${large} (${largeMb.toFixed(1)} MB)`, "≈ 2,000 / 50 MB");
report("--jobs 1", perSecond(mbps1, one.seconds), "≥ 15 MB/s per core", mbps1 >= 15);
report("--jobs 2", `${perSecond(mbps2, two.seconds)} (${(mbps2 / 2).toFixed(1)} MB/s per core)`, "≥ 15 MB/s per core", mbps2 / 2 >= 15);
report("bare floor (read, fold, split, stem)", `${floor.mbPerSecond.toFixed(1)} MB/s`);
report("end-to-end time / floor time, 1 job", `${(floor.mbPerSecond / mbps1).toFixed(2)}×`, "≤ 2×", floor.mbPerSecond / mbps1 <= 2);
report("speed-up 1 → 2 jobs", `${(one.seconds / two.seconds).toFixed(2)}×`, "≥ 1.7×", one.seconds / two.seconds >= 1.7);
report("two processes, 1 job and half the files each", `${(one.seconds / apart).toFixed(2)}× the speed of 1 job`);
// One job keeps more than one core busy: V8 collects garbage and compiles on helper threads. A
// second job can at best use what is left, so the speed-up cannot exceed 2 / (cores busy with one).
// CPU time comes from /proc, as peak RSS does: without it (not Linux) these rows are left out.
if (one.cpuSeconds > 0 && two.cpuSeconds > 0) {
  const cores1 = one.cpuSeconds / one.seconds;
  report("cores busy, 1 job → 2 jobs", `${cores1.toFixed(2)} → ${(two.cpuSeconds / two.seconds).toFixed(2)} of 2`);
  report("CPU time, 2 jobs / 1 job", `${(two.cpuSeconds / one.cpuSeconds).toFixed(2)}× (${one.cpuSeconds.toFixed(1)} → ${two.cpuSeconds.toFixed(1)} s)`);
  report("speed-up ceiling, 2 / cores busy with 1 job", `${(2 / cores1).toFixed(2)}×`);
}
report(`peak RSS, ${large} docs, 1 job`, `${one.peakMb.toFixed(0)} MB`, "< 200 MB", one.peakMb < 200);
report(`peak RSS, ${large} docs, 2 jobs`, `${two.peakMb.toFixed(0)} MB`, "< 200 MB", two.peakMb < 200);
report(`peak RSS, ${small} → ${large} docs, 1 job`, `${smallOne.peakMb.toFixed(0)} → ${one.peakMb.toFixed(0)} MB`, "flat (≤ 1.25×)", one.peakMb <= smallOne.peakMb * 1.25);
report(`peak RSS, ${small} → ${large} docs, 2 jobs`, `${smallRun.peakMb.toFixed(0)} → ${two.peakMb.toFixed(0)} MB`, "flat (≤ 1.25×)", two.peakMb <= smallRun.peakMb * 1.25);
report(`peak RSS, ${large} docs, text report, 2 jobs`, `${text.peakMb.toFixed(0)} MB`, "< 200 MB", text.peakMb < 200);
report("output identical for 1 and 2 jobs", same ? "yes" : "NO", "yes", same);

console.log("cold start: 10 runs each …");
const decree = path.join(rawDir, "pe-ley30001-reinsercion-migrante-retornado.md");
const medianSeconds = async (args) => {
  const seconds = [];
  for (let i = 0; i < 10; i++) seconds.push((await runMeasured(process.execPath, args)).seconds);
  return median(seconds);
};
const bare = await medianSeconds(["-e", "0"]);
const cold = await medianSeconds([bin, "check", decree, "--format", "json", "--fail-on", "none"]);
report(
  `cold start, one ${(statSync(decree).size / 1000).toFixed(0)} KB decree`,
  `${(cold * 1000).toFixed(0)} ms vs node -e 0 ${(bare * 1000).toFixed(0)} ms = ${(cold / bare).toFixed(1)}×`,
  "< 2.5×",
  cold / bare < 2.5,
);

const header = ["figure", "measured", "target", ""];
const widths = header.map((_, c) => Math.max(...[header, ...rows].map((r) => String(r[c]).length)));
for (const row of [header, ...rows]) console.log(row.map((cell, c) => String(cell).padEnd(widths[c])).join("  ").trimEnd());
