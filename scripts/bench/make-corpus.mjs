// A batch corpus made from ../shared/corpus/raw by repetition with variation: each document is a
// window of about 25 KB of one source, starting at a random paragraph, with some paragraphs swapped,
// so files differ but stay realistic legal Spanish. Seeded, so runs are comparable.
import { mkdirSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";

function seededRandom(seed) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A window of about 25 KB of the source's paragraphs, some of them swapped with a near neighbour. */
function vary(text, random) {
  const all = text.split(/\n\s*\n/);
  let start = Math.floor(random() * all.length);
  let size = 0;
  const paragraphs = [];
  while (size < 18_000 && paragraphs.length < all.length) {
    const paragraph = all[start++ % all.length];
    paragraphs.push(paragraph);
    size += paragraph.length + 2;
  }
  for (let i = paragraphs.length - 1; i > 0; i--) {
    if (random() < 0.3) {
      const j = Math.max(0, i - 1 - Math.floor(random() * 3));
      [paragraphs[i], paragraphs[j]] = [paragraphs[j], paragraphs[i]];
    }
  }
  return paragraphs.join("\n\n");
}

/** Writes `count` documents into `dir` (recreated) and returns their total size in bytes. */
export function makeCorpus(rawDir, dir, count) {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const sources = readdirSync(rawDir).sort().map((name) => ({ name, text: readFileSync(path.join(rawDir, name), "utf8") }));
  const random = seededRandom(20261128);
  let bytes = 0;
  for (let i = 0; i < count; i++) {
    const source = sources[i % sources.length];
    const folder = path.join(dir, `lote-${String(Math.floor(i / 200)).padStart(2, "0")}`);
    if (i % 200 === 0) mkdirSync(folder, { recursive: true });
    const file = path.join(folder, `${String(i).padStart(5, "0")}-${source.name}`);
    writeFileSync(file, vary(source.text, random));
    bytes += statSync(file).size;
  }
  return bytes;
}
