import path from "node:path";
import { fileURLToPath } from "node:url";
import { loadLexicon } from "../src/policy/load-lexicon.js";
import { createTokenizeOptions, type TokenizeOptions } from "../src/text/tokenize.js";

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
export const fixture = (...parts: string[]) => path.join(repoRoot, "fixtures", ...parts);
export const corpusDir = path.resolve(repoRoot, "../shared/corpus");

export async function spanishTokenizeOptions(): Promise<TokenizeOptions> {
  const lexicon = await loadLexicon("es");
  return createTokenizeOptions(lexicon);
}
