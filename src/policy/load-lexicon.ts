import { readFile } from "node:fs/promises";
import { parse } from "yaml";
import { z } from "zod";
import { PolicylintError } from "../errors.js";
import type { Lexicon } from "../text/lexicon.js";
import { lexiconDir } from "./data-paths.js";

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
export async function loadLexicon(language: string): Promise<Lexicon> {
  const dir = lexiconDir(language);
  try {
    const cues = cuesSchema.parse(parse(await readFile(`${dir}cues.yaml`, "utf8")));
    const background = idfSchema.parse(JSON.parse(await readFile(`${dir}background-idf.json`, "utf8")));
    return { ...cues, idf: background.idf, unknownIdf: background.unknownIdf };
  } catch (error) {
    throw new PolicylintError("policy", `${dir}: the bundled lexicon is missing or invalid (${(error as Error).message.split("\n")[0]})`);
  }
}
