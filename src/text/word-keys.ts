import { foldWord } from "./fold.js";
import type { StemIds } from "./stem-ids.js";
import type { WordTable } from "./word-table.js";

/** What matching and similarity need of a word, computed once per distinct word. */
export interface WordKeys {
  /** Lower-cased, accent-folded surface form ("migración" → "migracion"). */
  norm: string;
  /** Stemmed then folded form: the matching key ("migrantes" → "migrant"). */
  stem: string;
  /** The stem's number (see StemIds); -1 for a stem no memoised word or compiled phrase has. */
  stemId: number;
  /** A function word ignored by similarity (never a negation word). */
  isStopword: boolean;
  /** "el", "la", "los"…: skipped by phrase matching. */
  isArticle: boolean;
  /** "y", "o", "e", "u": what joins the two forms of an inclusive doublet. */
  isConjunction: boolean;
  /** Starts with a digit: "12" in "12.3" is never an inclusive doublet. */
  startsWithNumber: boolean;
  /** Only digits: not a word similarity can use. */
  isNumber: boolean;
}

export interface WordKeysOptions {
  stem: (word: string) => string;
  stopwords: ReadonlySet<string>;
  /** Folding and stemming depend only on the word, and running text repeats its words: a memo. */
  wordKeys: WordTable<WordKeys>;
  stemIds: StemIds;
}

const articles = new Set(["el", "la", "los", "las", "lo", "un", "una", "unos", "unas"]);
const conjunctions = new Set(["y", "o", "e", "u"]);

// Bounded so a huge batch of varied text cannot grow the memo forever.
const maxCachedWords = 60_000;

/** The keys of the word text[start, end), whose hash WordScanner gave. */
export function keysAt(text: string, start: number, end: number, hash: number, options: WordKeysOptions): WordKeys {
  const known = options.wordKeys.find(text, start, end, hash);
  if (known) return known;
  const memoised = options.wordKeys.size < maxCachedWords;
  const word = memoised ? detachedSlice(text, start, end) : text.slice(start, end);
  const norm = foldWord(word);
  const stem = options.stem(word);
  const keys: WordKeys = {
    norm,
    stem,
    stemId: memoised ? options.stemIds.intern(stem) : options.stemIds.find(stem),
    isStopword: options.stopwords.has(norm),
    isArticle: articles.has(norm),
    isConjunction: conjunctions.has(norm),
    startsWithNumber: /^\p{N}/u.test(norm),
    isNumber: /^\p{N}+$/u.test(stem),
  };
  if (memoised) options.wordKeys.add(word, hash, keys);
  return keys;
}

/**
 * text.slice(start, end) in storage of its own. The memo outlives the document, and V8 makes a
 * slice of 13 characters or more a view of the whole text: one new long word ("Documento12345")
 * would keep its document's whole text alive, and a batch of thousands of documents would keep
 * most of them. Slicing a concatenation copies it first, so the view is of the copy.
 */
function detachedSlice(text: string, start: number, end: number): string {
  return ` ${text.slice(start, end)}`.slice(1);
}
