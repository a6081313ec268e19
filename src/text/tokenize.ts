import { foldWord } from "./fold.js";
import { createStemmer } from "./stem.js";
import type { Token } from "./types.js";

const wordPattern = /[\p{L}\p{N}][\p{L}\p{M}\p{N}]*/gu;
const conjunctions = new Set(["y", "o", "e", "u"]);
const articles = new Set(["el", "la", "los", "las", "lo", "un", "una", "unos", "unas"]);

export interface WordKeys {
  norm: string;
  stem: string;
  isStopword: boolean;
}

export interface TokenizeOptions {
  stem: (word: string) => string;
  stopwords: ReadonlySet<string>;
  abbreviations: ReadonlySet<string>;
  /** Folding and stemming depend only on the word, and running text repeats its words: a memo. */
  wordKeys: Map<string, WordKeys>;
}

// Bounded so a huge batch of varied text cannot grow the memo forever.
const maxCachedWords = 60_000;

export function createTokenizeOptions(lexicon: { stopwords: readonly string[]; abbreviations: readonly string[] }): TokenizeOptions {
  return {
    stem: createStemmer(),
    stopwords: new Set(lexicon.stopwords),
    abbreviations: new Set(lexicon.abbreviations),
    wordKeys: new Map(),
  };
}

function keysOf(word: string, options: TokenizeOptions, cache: Map<string, WordKeys>): WordKeys {
  let keys = cache.get(word);
  if (!keys) {
    const norm = foldWord(word);
    keys = { norm, stem: options.stem(word), isStopword: options.stopwords.has(norm) };
    if (cache.size < maxCachedWords) cache.set(word, keys);
  }
  return keys;
}

/**
 * Splits text into words with offsets into the original text (digits kept: article numbers
 * matter), their folded and stemmed keys, clause numbers, and inclusive doublets marked.
 */
export function tokenize(text: string, options: TokenizeOptions): Token[] {
  const cache = options.wordKeys;
  const tokens: Token[] = [];
  let clause = 0;
  let previous: Token | undefined;
  for (const match of text.matchAll(wordPattern)) {
    const start = match.index;
    const word = match[0];
    const keys = keysOf(word, options, cache);
    if (previous && closesClause(text, previous, start, options.abbreviations)) clause++;
    const isArticle = articles.has(keys.norm);
    previous = { start, end: start + word.length, norm: keys.norm, stem: keys.stem, isStopword: keys.isStopword, isSkippable: isArticle, clause };
    tokens.push(previous);
  }
  markInclusiveDoublets(tokens);
  return tokens;
}

/** A period, semicolon or colon, or a blank line, between two words closes a clause; an abbreviation's period does not. */
function closesClause(text: string, previous: Token, start: number, abbreviations: ReadonlySet<string>): boolean {
  let sawNewline = false;
  let punctuation = "";
  let onlyPeriod = true;
  for (let i = previous.end; i < start; i++) {
    const c = text.charCodeAt(i);
    if (c === 10) {
      if (sawNewline) return true;
      sawNewline = true;
    } else if (c === 46 || c === 59 || c === 58 || c === 33 || c === 63) {
      punctuation += text[i];
      if (c !== 46) onlyPeriod = false;
    } else if (c !== 32 && c !== 9 && c !== 13 && c !== 160) {
      onlyPeriod = false;
      if (sawNewline) sawNewline = false;
    }
  }
  if (punctuation === "") return false;
  const isAbbreviationPeriod = punctuation === "." && onlyPeriod && (abbreviations.has(previous.norm) || previous.norm.length === 1);
  return !isAbbreviationPeriod;
}

/**
 * "niños, niñas y adolescentes", "las y los migrantes", "peruanos y peruanas": the second form
 * (and its conjunction) is skipped by phrase matching, so a term written once matches both.
 */
function markInclusiveDoublets(tokens: Token[]): void {
  for (let i = 1; i < tokens.length; i++) {
    const current = tokens[i] as Token;
    const previous = tokens[i - 1] as Token;
    if (current.clause !== previous.clause) continue;
    if (current.stem === previous.stem && !/^\p{N}/u.test(current.norm)) {
      current.isSkippable = true;
      continue;
    }
    const beforeConjunction = tokens[i - 2];
    if (!beforeConjunction || !conjunctions.has(previous.norm) || beforeConjunction.clause !== current.clause) continue;
    const sameWord = beforeConjunction.stem === current.stem;
    const articlePair = articles.has(beforeConjunction.norm) && articles.has(current.norm);
    if (sameWord || articlePair) {
      previous.isSkippable = true;
      current.isSkippable = true;
    }
  }
}
