// A batch corpus made from ../shared/corpus/raw by repetition with variation: each document is a
// window of about 25 KB of one source's paragraphs, some swapped with a near neighbour, its
// articles renumbered and a few words swapped, so no two files are alike but all stay realistic
// legal Spanish. Seeded, so every run measures the same files.
import { mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";

const targetSize = 27_500;
/** Sources without blank lines are one huge paragraph: cut those at line ends, so a window stays near the target. */
const longestParagraph = 4_000;
const filesPerFolder = 200;

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

function paragraphsOf(text) {
  return text.split(/\n\s*\n/).flatMap((paragraph) => (paragraph.length > longestParagraph ? paragraph.split("\n") : [paragraph]));
}

/** A window of paragraphs from a random start, wrapping around, of about targetSize characters. */
function window(paragraphs, random) {
  let next = Math.floor(random() * paragraphs.length);
  const taken = [];
  let size = 0;
  while (size < targetSize && taken.length < paragraphs.length) {
    const paragraph = paragraphs[next++ % paragraphs.length];
    taken.push(paragraph);
    size += paragraph.length + 2;
  }
  return taken;
}

function swapNeighbours(paragraphs, random) {
  for (let i = paragraphs.length - 1; i > 0; i--) {
    if (random() < 0.3) {
      const j = Math.max(0, i - 1 - Math.floor(random() * 3));
      [paragraphs[i], paragraphs[j]] = [paragraphs[j], paragraphs[i]];
    }
  }
}

/** "Artículo 12" becomes "Artículo 19" (the same shift for the whole document, as after an insertion). */
function renumberArticles(text, shift) {
  return text.replace(/(Art[íi]culo\s+)(\d+)/gi, (_, word, number) => `${word}${Number(number) + shift}`);
}

/** Swaps two neighbouring words of one in ten lines. */
function swapWords(text, random) {
  return text
    .split("\n")
    .map((line) => {
      if (random() >= 0.1) return line;
      const words = line.split(" ");
      if (words.length < 4) return line;
      const i = 1 + Math.floor(random() * (words.length - 2));
      [words[i], words[i + 1]] = [words[i + 1], words[i]];
      return words.join(" ");
    })
    .join("\n");
}

/** Writes `count` documents into `dir` (recreated), 200 per folder, and returns their total size in bytes. */
export function makeCorpus(rawDir, dir, count) {
  rmSync(dir, { recursive: true, force: true });
  const sources = readdirSync(rawDir)
    .sort()
    .map((name) => ({ name, paragraphs: paragraphsOf(readFileSync(path.join(rawDir, name), "utf8")) }));
  const random = seededRandom(20261128);
  let bytes = 0;
  for (let i = 0; i < count; i++) {
    const source = sources[i % sources.length];
    const paragraphs = window(source.paragraphs, random);
    swapNeighbours(paragraphs, random);
    const text = swapWords(renumberArticles(paragraphs.join("\n\n"), Math.floor(random() * 20)), random);
    const folder = path.join(dir, `lote-${String(Math.floor(i / filesPerFolder)).padStart(2, "0")}`);
    if (i % filesPerFolder === 0) mkdirSync(folder, { recursive: true });
    writeFileSync(path.join(folder, `${String(i).padStart(5, "0")}-${source.name}`), text);
    bytes += Buffer.byteLength(text);
  }
  return bytes;
}
