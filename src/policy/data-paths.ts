import { fileURLToPath } from "node:url";

/** data/ ships beside src/ and dist/, one level above either. */
const dataDir = fileURLToPath(new URL("../../data/", import.meta.url));

export const bundledPolicyPath = `${dataDir}policies/pe-mtigm-2015.yaml`;
export const lexiconDir = (language: string) => `${dataDir}lexicon/${language}/`;
