import { foldWord } from "./fold.js";
import type { Token } from "./types.js";

const wordPattern = /[\p{L}\p{N}][\p{L}\p{M}\p{N}]*/gu;
/** A period, semicolon or colon, or a blank line, between two words closes a clause. */
const clauseBreak = /[;:.!?]|\n[ \t\u00a0\r]*\n/;
const conjunctions = new Set(["y", "o", "e", "u"]);
const articles = new Set(["el", "la", "los", "las", "un", "una", "unos", "unas"]);

export interface TokenizeOptions {
  stem: (word: string) => string;
  stopwords: ReadonlySet<string>;
  abbreviations: ReadonlySet<string>;
}

/**
 * Splits text into words with offsets into the original text (digits kept: article numbers
 * matter), their folded and stemmed keys, clause numbers, and inclusive doublets marked.
 */
export function tokenize(text: string, options: TokenizeOptions): Token[] {
  const tokens: Token[] = [];
  let clause = 0;
  let previousEnd = 0;
  for (const match of text.matchAll(wordPattern)) {
    const start = match.index;
    const word = match[0];
    const norm = foldWord(word);
    const previous = tokens[tokens.length - 1];
    if (previous && closesClause(text.slice(previousEnd, start), previous.norm, options.abbreviations)) clause++;
    tokens.push({
      start,
      end: start + word.length,
      norm,
      stem: options.stem(word),
      isStopword: options.stopwords.has(norm),
      isDoublet: false,
      clause,
    });
    previousEnd = start + word.length;
  }
  markInclusiveDoublets(tokens);
  return tokens;
}

function closesClause(gap: string, previousNorm: string, abbreviations: ReadonlySet<string>): boolean {
  if (!clauseBreak.test(gap)) return false;
  const isAbbreviationPeriod = /^\.\s*$/.test(gap) && (abbreviations.has(previousNorm) || previousNorm.length === 1);
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
      current.isDoublet = true;
      continue;
    }
    const beforeConjunction = tokens[i - 2];
    if (!beforeConjunction || !conjunctions.has(previous.norm) || beforeConjunction.clause !== current.clause) continue;
    const sameWord = beforeConjunction.stem === current.stem;
    const articlePair = articles.has(beforeConjunction.norm) && articles.has(current.norm);
    if (sameWord || articlePair) {
      previous.isDoublet = true;
      current.isDoublet = true;
    }
  }
}
