// Builds data/lexicon/es/background-idf.json: document frequencies of stems over the paragraphs
// of a folder of normative texts (default: ../shared/corpus/raw). Similarity then weighs words by
// how rare they are in legal Spanish, never by the one document being checked.
// Usage: npm run build && node scripts/build-background-idf.mjs [folder]
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { parse } from "yaml";
import { createTokenizeOptions, tokenize } from "../dist/text/tokenize.js";

const root = path.resolve(import.meta.dirname, "..");
const folder = path.resolve(process.argv[2] ?? path.join(root, "../shared/corpus/raw"));
const cues = parse(readFileSync(path.join(root, "data/lexicon/es/cues.yaml"), "utf8"));
const options = createTokenizeOptions(cues);

const df = new Map();
let documents = 0;
for (const name of readdirSync(folder).sort()) {
  const text = readFileSync(path.join(folder, name), "utf8");
  for (const paragraph of text.split(/\n\s*\n/)) {
    const stems = new Set(tokenize(paragraph, options).keys.map((k) => k.stem));
    if (stems.size < 5) continue;
    documents++;
    for (const stem of stems) df.set(stem, (df.get(stem) ?? 0) + 1);
  }
}
const idfOf = (n) => Math.round((Math.log((documents + 1) / (n + 1)) + 1) * 1000) / 1000;
const idf = Object.fromEntries(
  [...df].filter(([stem, n]) => n >= 2 && !/^\d+$/.test(stem)).sort(([a], [b]) => (a < b ? -1 : 1)).map(([stem, n]) => [stem, idfOf(n)]),
);
const out = { documents, unknownIdf: idfOf(0), idf };
writeFileSync(path.join(root, "data/lexicon/es/background-idf.json"), `${JSON.stringify(out)}\n`);
console.log(`${documents} paragraphs, ${Object.keys(idf).length} stems → data/lexicon/es/background-idf.json`);
