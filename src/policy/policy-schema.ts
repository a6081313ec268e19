import { z } from "zod";

const phrase = z.string().trim().min(1, "a phrase must not be empty");
const phraseGroup = z.array(phrase).min(1, "a group needs at least one phrase");
const weight = z.number().positive().max(5);

const vocabularyEntry = z
  .strictObject({
    terms: phraseGroup.optional(),
    near: z.array(phraseGroup).min(2, "near needs at least two groups").optional(),
    within: z.number().int().positive().optional(),
    weight,
    ignoreNegation: z.boolean().optional(),
  })
  .refine((e) => (e.terms === undefined) !== (e.near === undefined), "an entry has either terms or near, not both")
  .refine((e) => e.near === undefined || e.within !== undefined, "near needs within (tokens)");

const thresholds = z
  .strictObject({ partial: z.number().min(0).max(1), covered: z.number().min(0).max(1) })
  .refine((t) => t.partial <= t.covered, "thresholds.partial must not exceed thresholds.covered");

const dimension = z.strictObject({
  id: z.string().regex(/^[A-Z][A-Za-z0-9]*$/, "ids look like E1 or P10"),
  kind: z.enum(["enfoque", "principio"]),
  title: z.string().min(1),
  titleEn: z.string().min(1),
  text: z.string().min(1),
  lineamientos: z.array(z.string()),
  thresholds,
  vocabulary: z.array(vocabularyEntry).min(1, "a dimension needs vocabulary to be detected"),
  exclude: z.array(phrase),
  contrary: z.array(
    z.strictObject({
      id: z.string().min(1),
      near: z.array(phraseGroup).min(2, "a contrary pattern needs at least two groups"),
      within: z.number().int().positive(),
      description: z.string().min(1),
    }),
  ),
});

const lineamiento = z.strictObject({
  id: z.string().regex(/^L\d+$/, "lineamiento ids look like L1"),
  text: z.string().min(1),
  items: z.array(z.strictObject({ id: z.string().regex(/^L\d+\.[a-z]$/, "sub-item ids look like L1.a"), text: z.string().min(1) })),
});

export const policySchema = z.strictObject({
  schemaVersion: z.literal(1),
  id: z.string().min(1),
  metadata: z.strictObject({
    title: z.string().min(1),
    issuer: z.string().min(1),
    date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "date is YYYY-MM-DD"),
    source: z.string().min(1),
    language: z.literal("es"),
  }),
  scoring: z.strictObject({
    similarityWeight: z.number().min(0),
    saturation: z.number().positive(),
    preambleFactor: z.number().min(0).max(1),
    passageDecay: z.number().min(0).max(1),
    negationWindow: z.number().int().min(0),
    negatedContraryWeight: z.number().min(0),
    conflictFactor: z.number().min(0).max(1),
    citationsPerDimension: z.number().int().min(1),
  }),
  context: z.strictObject({
    terms: z.array(phrase).min(1),
    minMentions: z.number().int().min(0),
    factorWithout: z.number().min(0).max(1),
  }),
  dimensions: z.array(dimension).min(1),
  lineamientos: z.array(lineamiento),
});
