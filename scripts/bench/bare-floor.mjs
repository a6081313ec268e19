// The physical floor of this kind of work in Node: read every file, fold, split into words and
// stem them with the same memoised stemmer, nothing else. Prints MB/s.
import { readFileSync } from "node:fs";
import fg from "fast-glob";
import { foldWord } from "../../dist/text/fold.js";
import { createStemmer } from "../../dist/text/stem.js";

const files = (await fg("**/*.{md,txt}", { cwd: process.argv[2], absolute: true })).sort();
const stem = createStemmer();
const started = process.hrtime.bigint();
let bytes = 0;
let words = 0;
for (const file of files) {
  const buffer = readFileSync(file);
  bytes += buffer.length;
  const text = new TextDecoder("utf-8").decode(buffer);
  for (const match of text.matchAll(/[\p{L}\p{N}][\p{L}\p{M}\p{N}]*/gu)) {
    foldWord(match[0]);
    stem(match[0]);
    words++;
  }
}
const seconds = Number(process.hrtime.bigint() - started) / 1e9;
console.log(JSON.stringify({ mbPerSecond: bytes / 1e6 / seconds, words }));
