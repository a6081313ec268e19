import spanishStemmer from "natural/lib/natural/stemmers/porter_stemmer_es.js";
import { foldWord } from "./fold.js";

/**
 * Snowball Spanish stem of a word, then folded. Stemming comes first: folding before it breaks
 * the suffix rules ("discriminacion" would stay unstemmed). The stemmer is slow, hence the memo,
 * which only ever grows with the vocabulary of the texts seen. `knownStems` seeds it with stems
 * computed elsewhere (the policy's words, by the thread or build that compiled it).
 */
export function createStemmer(knownStems: Iterable<[string, string]> = []): (word: string) => string {
  const memo = new Map<string, string>(knownStems);
  return (word: string) => {
    let stem = memo.get(word);
    if (stem === undefined) {
      stem = foldWord(spanishStemmer.stem(restoreSuffixAccent(word.normalize("NFC").toLowerCase())));
      if (memo.size < 60_000) memo.set(word, stem);
    }
    return stem;
  };
}

/**
 * Drafts typed without accents (or in capitals, or OCR'd) write "migracion": the Snowball rules
 * only know "-ción"/"-sión", and Spanish words ending in -cion/-sion always carry that accent.
 */
function restoreSuffixAccent(word: string): string {
  return word.endsWith("cion") || word.endsWith("sion") ? `${word.slice(0, -3)}ión` : word;
}
