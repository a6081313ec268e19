// npm run eval [-- --dir DIR] [-- --write-thresholds]
// Runs policylint over a labelled folder (default: ../shared/corpus/dev) and prints precision,
// recall and F1 as defined in the corpus README, for policylint (thresholds chosen by
// leave-one-source-out cross-validation) and two baselines on the same data.
import { readFileSync, readdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { parseDocument } from "yaml";
import { checkDocument } from "../dist/check-document.js";
import { loadPolicy } from "../dist/policy/load-policy.js";
import { bundledPolicyPath } from "../dist/policy/data-paths.js";
import { segmentDocument } from "../dist/segment/segment-document.js";
import { analyse, keywordBaseline, tfidfBaseline } from "./eval/baselines.mjs";
import { chooseThresholds, foldsBySource, statusOf } from "./eval/cross-validate.mjs";
import { figures } from "./eval/metrics.mjs";

const args = process.argv.slice(2);
const option = (name, fallback) => {
  const at = args.indexOf(name);
  return at >= 0 ? args[at + 1] : fallback;
};
const root = path.resolve(import.meta.dirname, "..");
const dir = path.resolve(option("--dir", path.join(root, "../shared/corpus/dev")));
const policyFile = path.resolve(option("--policy", bundledPolicyPath));
const started = Date.now();

const labels = readFileSync(path.join(dir, "labels.jsonl"), "utf8").trim().split("\n").map((l) => JSON.parse(l));
const compiled = await loadPolicy(policyFile);
const dimensions = compiled.policy.dimensions.map((d) => d.id);

const items = [];
for (const { doc, labels: byDim } of labels) {
  const text = readFileSync(path.join(dir, "docs", doc), "utf8");
  const source = { uri: doc, format: "text", text, warnings: [] };
  const report = checkDocument(compiled, source);
  const analysed = analyse(compiled, text, segmentDocument(source));
  const keyword = keywordBaseline(compiled, analysed);
  const tfidf = tfidfBaseline(compiled, analysed);
  report.dimensions.forEach((d, k) => {
    const label = byDim[d.id];
    const top = d.citations[0];
    const lines = (p) => (p ? [p.start.line, p.end.line] : undefined);
    items.push({
      doc, dim: d.id, level: label.level, conflict: label.conflict, evidence: label.evidence,
      score: d.score, shippedStatus: d.status, predictedConflict: d.conflict, topLines: top ? [top.start.line, top.end.line] : undefined,
      keyword: { score: keyword[k].score, conflict: keyword[k].conflict, topLines: lines(keyword[k].top) },
      tfidf: { score: tfidf[k].score, topLines: lines(tfidf[k].top) },
    });
  });
}

/** Predictions for held-out folds, with thresholds chosen on the other sources. */
function crossValidated(scoreOf, perDimension) {
  const predictions = [];
  for (const fold of foldsBySource(labels.map((l) => l.doc))) {
    const train = items.filter((i) => !fold.test.has(i.doc)).map((i) => ({ ...i, score: scoreOf(i) }));
    // A single pooled threshold for the baseline: no dimension has "enough" positives at Infinity.
    const thresholds = chooseThresholds(train, dimensions, perDimension ? undefined : Infinity);
    for (const i of items.filter((x) => fold.test.has(x.doc))) predictions.push({ ...i, status: statusOf(scoreOf(i), thresholds[i.dim]) });
  }
  return predictions;
}

const policylint = crossValidated((i) => i.score, true);
const shipped = items.map((i) => ({ ...i, status: i.shippedStatus }));
const keyword = items.map((i) => ({
  ...i, status: i.keyword.score > 0 ? "covered" : "gap", predictedConflict: i.keyword.conflict, topLines: i.keyword.topLines,
}));
const tfidf = crossValidated((i) => i.tfidf.score, false).map((i) => ({ ...i, predictedConflict: false, topLines: i.tfidf.topLines }));

const results = {
  "policylint (CV)": figures(policylint, dimensions),
  "policylint (as shipped)": figures(shipped, dimensions),
  "keyword baseline": figures(keyword, dimensions),
  "TF-IDF baseline (CV)": figures(tfidf, dimensions),
};
printSummary(results);
printPerDimension(results["policylint (CV)"]);
console.log(`\n${labels.length} excerpts × ${dimensions.length} dimensions, ${foldsBySource(labels.map((l) => l.doc)).length} folds by source document, ${((Date.now() - started) / 1000).toFixed(1)} s`);

if (args.includes("--write-thresholds")) writeThresholds(chooseThresholds(items, dimensions));
if (args.includes("--json")) writeFileSync(option("--json"), `${JSON.stringify(results, null, 2)}\n`);

function printSummary(all) {
  const f = (x) => x.toFixed(2);
  const rows = [["", "addr P", "addr R", "addr F1", "macro F1", "cov F1", "gap P", "gap R", "confl P", "confl R", "top-cit P"]];
  for (const [name, r] of Object.entries(all)) {
    rows.push([name, f(r.addressed.precision), f(r.addressed.recall), f(r.addressed.f1), f(r.addressedMacroF1), f(r.covered.f1),
      f(r.gap.precision), f(r.gap.recall), r.conflict.predicted ? f(r.conflict.precision) : "—", f(r.conflict.recall), f(r.topCitation.precision)]);
  }
  printTable(rows);
}

function printPerDimension(r) {
  console.log("\npolicylint (CV), per dimension:");
  const f = (x) => x.toFixed(2);
  const rows = [["dim", "addr P", "addr R", "addr F1", "cov F1", "gap P", "positives"]];
  for (const [dim, d] of Object.entries(r.perDimension)) {
    rows.push([dim, f(d.addressed.precision), f(d.addressed.recall), f(d.addressed.f1), f(d.covered.f1), f(d.gap.precision), String(d.addressed.support)]);
  }
  printTable(rows);
}

function printTable(rows) {
  const widths = rows[0].map((_, c) => Math.max(...rows.map((r) => r[c].length)));
  for (const r of rows) console.log(r.map((cell, c) => (c === 0 ? cell.padEnd(widths[c]) : cell.padStart(widths[c]))).join("  "));
}

/** Writes thresholds chosen on the whole dev set into the policy YAML, keeping its comments. */
function writeThresholds(thresholds) {
  const doc = parseDocument(readFileSync(policyFile, "utf8"));
  compiled.policy.dimensions.forEach((d, i) => {
    doc.setIn(["dimensions", i, "thresholds", "partial"], thresholds[d.id].partial);
    doc.setIn(["dimensions", i, "thresholds", "covered"], thresholds[d.id].covered);
  });
  writeFileSync(policyFile, doc.toString({ lineWidth: 0, flowCollectionPadding: false }));
  console.log(`\nthresholds written to ${policyFile}`);
}
