import { parse } from "yaml";
import { z } from "zod";
import type { Lexicon } from "../text/lexicon.js";
import { lexiconError, readLexiconFiles, type LexiconFiles } from "./lexicon-files.js";

const cuesSchema = z.strictObject({
  negation: z.array(z.string().min(1)),
  exception: z.array(z.string().min(1)),
  opposition: z.array(z.string().min(1)),
  notNegation: z.array(z.string().min(1)),
  abbreviations: z.array(z.string().min(1)),
  stopwords: z.array(z.string().min(1)),
});

const idfSchema = z.strictObject({
  documents: z.number().int().positive(),
  unknownIdf: z.number().positive(),
  idf: z.record(z.string(), z.number()),
});

/** The language data shipped in data/lexicon/<language>/: cues, stopwords and the background IDF. */
export function loadLexicon(language: string): Lexicon {
  return parseLexicon(readLexiconFiles(language));
}

export function parseLexicon(files: LexiconFiles): Lexicon {
  try {
    const cues = cuesSchema.parse(parse(files.cues));
    const background = idfSchema.parse(JSON.parse(files.idf));
    return { ...cues, idf: background.idf, unknownIdf: background.unknownIdf };
  } catch (error) {
    throw lexiconError(files.dir, error);
  }
}
