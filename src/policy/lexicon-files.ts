import { readFileSync } from "node:fs";
import { PolicylintError } from "../errors.js";
import { lexiconDir } from "./data-paths.js";

/** The language data shipped in data/lexicon/<language>/, as text: cues and stopwords, and the background IDF. */
export interface LexiconFiles {
  dir: string;
  cues: string;
  idf: string;
}

export function readLexiconFiles(language: string): LexiconFiles {
  const dir = lexiconDir(language);
  try {
    const cues = readFileSync(`${dir}cues.yaml`, "utf8");
    const idf = readFileSync(`${dir}background-idf.json`, "utf8");
    return { dir, cues, idf };
  } catch (error) {
    throw lexiconError(dir, error);
  }
}

/** Reading the lexicon or parsing it: either way the install is broken, and one line says where. */
export function lexiconError(dir: string, error: unknown): PolicylintError {
  return new PolicylintError("policy", `${dir}: the bundled lexicon is missing or invalid (${(error as Error).message.split("\n")[0]})`);
}
