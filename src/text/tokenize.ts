import { StemIds } from "./stem-ids.js";
import { createStemmer } from "./stem.js";
import { TokenBuffer, type Tokens } from "./token-buffer.js";
import { WordScanner } from "./word-scanner.js";
import { keysAt, type WordKeys, type WordKeysOptions } from "./word-keys.js";
import { WordTable } from "./word-table.js";

export type { Tokens } from "./token-buffer.js";
export type { WordKeys } from "./word-keys.js";

export interface TokenizeOptions extends WordKeysOptions {
  abbreviations: ReadonlySet<string>;
}

export function createTokenizeOptions(
  lexicon: { stopwords: readonly string[]; abbreviations: readonly string[] },
  knownStems: Iterable<[string, string]> = [],
): TokenizeOptions {
  return {
    stem: createStemmer(knownStems),
    stopwords: new Set(lexicon.stopwords),
    abbreviations: new Set(lexicon.abbreviations),
    wordKeys: new WordTable(),
    stemIds: new StemIds(),
  };
}

/** Spanish averages about six characters per word and its space: a first guess at the token count. */
const charactersPerWord = 6;

/**
 * Splits text into words with offsets into the original text (digits kept: article numbers
 * matter), their folded and stemmed keys, clause numbers, and inclusive doublets marked.
 */
export function tokenize(text: string, options: TokenizeOptions): Tokens {
  const buffer = new TokenBuffer(Math.ceil(text.length / charactersPerWord));
  let clause = 0;
  let previousEnd = -1;
  let previousNorm = "";
  for (const words = new WordScanner(text); words.next(); ) {
    const { start, end } = words;
    const keys = keysAt(text, start, end, words.hash, options);
    if (previousEnd >= 0 && closesClause(text, previousEnd, previousNorm, start, options.abbreviations)) clause++;
    buffer.push(start, end, clause, keys);
    previousEnd = end;
    previousNorm = keys.norm;
  }
  const tokens = buffer.finish();
  markInclusiveDoublets(tokens);
  return tokens;
}

/** A period, semicolon or colon, or a blank line, between two words closes a clause; an abbreviation's period does not. */
function closesClause(text: string, previousEnd: number, previousNorm: string, start: number, abbreviations: ReadonlySet<string>): boolean {
  let sawNewline = false;
  let punctuation = "";
  let onlyPeriod = true;
  for (let i = previousEnd; i < start; i++) {
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
  const isAbbreviationPeriod = punctuation === "." && onlyPeriod && (abbreviations.has(previousNorm) || previousNorm.length === 1);
  return !isAbbreviationPeriod;
}

/**
 * "niños, niñas y adolescentes", "las y los migrantes", "peruanos y peruanas": the second form
 * (and its conjunction) is skipped by phrase matching, so a term written once matches both.
 */
function markInclusiveDoublets(tokens: Tokens): void {
  const { clause, keys, skippable } = tokens;
  for (let i = 1; i < tokens.length; i++) {
    if (clause[i] !== clause[i - 1]) continue;
    const current = keys[i] as WordKeys;
    const previous = keys[i - 1] as WordKeys;
    if (sameStem(current, previous) && !current.startsWithNumber) {
      skippable[i] = 1;
      continue;
    }
    if (i < 2 || !previous.isConjunction || clause[i - 2] !== clause[i]) continue;
    const beforeConjunction = keys[i - 2] as WordKeys;
    const sameWord = sameStem(beforeConjunction, current);
    const articlePair = beforeConjunction.isArticle && current.isArticle;
    if (sameWord || articlePair) {
      skippable[i - 1] = 1;
      skippable[i] = 1;
    }
  }
}

/** Stem ids stand one-to-one for stems: two numbers compared instead of two strings reached. */
function sameStem(a: WordKeys, b: WordKeys): boolean {
  return a.stemId >= 0 && b.stemId >= 0 ? a.stemId === b.stemId : a.stem === b.stem;
}
