import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";
import { Similarity, type SparseVector } from "../../src/match/similarity.js";
import { loadLexicon } from "../../src/policy/load-lexicon.js";
import type { Lexicon } from "../../src/text/lexicon.js";
import { createTokenizeOptions, tokenize, type TokenizeOptions, type Tokens } from "../../src/text/tokenize.js";

/** TF-IDF and cosine by definition, over maps keyed by stem, summed in the same orders. */
function referenceVector(tokens: Tokens, lexicon: Lexicon): Map<string, number> {
  const counts = new Map<string, number>();
  for (const keys of tokens.keys) {
    if (keys.isStopword || keys.stem.length < 2 || keys.isNumber) continue;
    counts.set(keys.stem, (counts.get(keys.stem) ?? 0) + 1);
  }
  const vector = new Map<string, number>();
  let norm = 0;
  counts.forEach((count, stem) => {
    const weight = (1 + Math.log(count)) * (lexicon.idf[stem] ?? lexicon.unknownIdf);
    vector.set(stem, weight);
    norm += weight * weight;
  });
  norm = Math.sqrt(norm);
  if (norm > 0) vector.forEach((weight, stem) => vector.set(stem, weight / norm));
  return vector;
}

function referenceCosine(a: Map<string, number>, b: Map<string, number>): number {
  const small = a.size <= b.size ? a : b;
  const large = small === a ? b : a;
  let sum = 0;
  small.forEach((weight, stem) => {
    const other = large.get(stem);
    if (other !== undefined) sum += weight * other;
  });
  return Math.min(1, sum);
}

const asMap = (vector: SparseVector) => new Map(vector.stems.map((stem, i) => [stem, vector.weights[i] as number]));

let lexicon: Lexicon;
beforeAll(async () => {
  lexicon = await loadLexicon("es");
});

const policyTexts = [
  "Respeto irrestricto de los derechos humanos de las personas migrantes, sin discriminación.",
  "Atención prioritaria a niñas, niños y adolescentes, mujeres gestantes y personas con discapacidad en situación de vulnerabilidad.",
  "Integración de los peruanos retornados al mercado laboral y acceso a servicios de salud y educación.",
];
const word = fc.constantFrom("derechos", "humanos", "migrantes", "salud", "educación", "niñas", "niños", "el", "de", "y", "12", "retorno", "laboral", "trata", "personas", "discriminación");
const passage = fc.array(fc.oneof(word, fc.string({ unit: "grapheme", minLength: 1, maxLength: 12 })), { minLength: 1, maxLength: 60 }).map((w) => w.join(" "));

function setUp(options: TokenizeOptions) {
  const similarity = new Similarity(lexicon, options.stemIds);
  const policy = policyTexts.map((text) => {
    const tokens = tokenize(text, options);
    return { vector: similarity.policyVector(tokens), reference: referenceVector(tokens, lexicon) };
  });
  return { similarity, policy };
}

describe("Similarity", () => {
  it("gives the same weights and cosines, to the last digit, as maps keyed by stem", () => {
    const options = createTokenizeOptions(lexicon);
    const { similarity, policy } = setUp(options);
    fc.assert(
      fc.property(passage, (text) => {
        const tokens = tokenize(text, options);
        const vector = similarity.vectorize(tokens, 0, tokens.length);
        const reference = referenceVector(tokens, lexicon);
        expect([...asMap(vector)]).toEqual([...reference]);
        for (const p of policy) expect(similarity.cosine(vector, p.vector)).toBe(referenceCosine(reference, p.reference));
        expect(similarity.cosines(vector, policy.map((p) => p.vector))).toEqual(policy.map((p) => referenceCosine(reference, p.reference)));
      }),
      { numRuns: 300 },
    );
  });

  it("handles words past the word memo's bound, which have no stem id", () => {
    const options = createTokenizeOptions(lexicon);
    const { similarity, policy } = setUp(options);
    // Fill the memo with made-up words, so later new words get no id unless the policy has their stem.
    tokenize(Array.from({ length: 61_000 }, (_, i) => `zq${i.toString(36)}x`).join(" "), options);
    const text = "derechos humanos de los trabajadores fronterizos y sus familias, derechos laborales";
    const tokens = tokenize(text, options);
    expect(tokens.keys.some((k) => k.stemId === -1)).toBe(true);
    const vector = similarity.vectorize(tokens, 0, tokens.length);
    const reference = referenceVector(tokens, lexicon);
    expect([...asMap(vector)]).toEqual([...reference]);
    for (const p of policy) expect(similarity.cosine(vector, p.vector)).toBe(referenceCosine(reference, p.reference));
  });

  it("scores a passage closer to the policy text it shares words with", () => {
    const options = createTokenizeOptions(lexicon);
    const { similarity, policy } = setUp(options);
    const tokens = tokenize("Las niñas y los adolescentes en situación de vulnerabilidad reciben atención prioritaria.", options);
    const vector = similarity.vectorize(tokens, 0, tokens.length);
    const [rights, children, integration] = policy.map((p) => similarity.cosine(vector, p.vector));
    expect(children).toBeGreaterThan(rights as number);
    expect(children).toBeGreaterThan(integration as number);
    expect(children).toBeLessThanOrEqual(1);
  });
});
