import { z } from "zod";
import { formatNames } from "../cli/check-options.js";

const score = z.number().min(0).max(1);
const nonEmpty = z.string().trim().min(1, "must not be empty");

/** A gap the team accepts on purpose: always with its reason, for every file or for those matching `files`. */
const needsReason = "an accepted gap needs a reason";
const accept = z.strictObject({
  dimension: z.string({ error: "an accepted gap names its dimension (E1…P10)" }).trim().min(1, "must not be empty"),
  reason: z.string({ error: needsReason }).trim().min(1, needsReason),
  files: z.array(nonEmpty).min(1, "files needs at least one glob; leave it out to accept in every file").optional(),
});

const configObject = z.strictObject({
  policy: nonEmpty.optional(),
  format: z.enum(formatNames).optional(),
  outputFormats: z.partialRecord(z.enum(formatNames), nonEmpty).optional(),
  lang: z.enum(["es", "en"]).optional(),
  failOn: z.enum(["gap", "partial", "none"]).optional(),
  minScore: score.optional(),
  failOnConflict: z.boolean().optional(),
  dimensions: z.record(z.string(), z.strictObject({ minScore: score })).optional(),
  required: z.array(nonEmpty).optional(),
  ignore: z.array(nonEmpty).optional(),
  jobs: z.number().int().min(1).max(64).optional(),
  maxSize: z.union([
    z.number().int().positive(),
    z.string().regex(/^\d+(?:\.\d+)?\s*(?:kb|mb|gb|b)?$/i, "maxSize looks like 20MB, 512KB or a number of bytes"),
  ]).optional(),
  accept: z.array(accept).optional(),
});

/** `policylint.config.yaml`: every key is optional (an empty file is a valid config), and a flag given on the command line wins over it. */
export const configSchema = z.preprocess((value) => value ?? {}, configObject);

export type PolicylintConfig = z.infer<typeof configObject>;
export type AcceptRule = NonNullable<PolicylintConfig["accept"]>[number];
