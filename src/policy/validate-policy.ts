import type { SourceProblem } from "../errors.js";
import { phraseStems } from "../match/compile-policy.js";
import type { TokenizeOptions } from "../text/tokenize.js";
import { parseValidatedYaml, type ParseResult, type PathProblem } from "./parse-validated-yaml.js";
import { policySchema } from "./policy-schema.js";
import type { Policy } from "./types.js";

/** Parses and validates a policy YAML text; pure, so tests and the CLI share it. */
export function validatePolicy(text: string, file: string, tokenizeOptions: TokenizeOptions): ParseResult<Policy> {
  return parseValidatedYaml(text, file, policySchema, (policy) => crossChecks(policy as Policy, tokenizeOptions)) as
    | { ok: true; value: Policy }
    | { ok: false; problems: SourceProblem[] };
}

/** What a schema cannot say: unique ids, references that exist, phrases that can ever match. */
function crossChecks(policy: Policy, tokenizeOptions: TokenizeOptions): PathProblem[] {
  const problems: PathProblem[] = [];
  const seen = new Map<string, string>();
  const claim = (id: string, path: Array<string | number>) => {
    const previous = seen.get(id);
    if (previous) problems.push({ path: [...path, "id"], message: `duplicate id "${id}" (first at ${previous})` });
    else seen.set(id, path.join("."));
  };
  policy.dimensions.forEach((d, i) => claim(d.id, ["dimensions", i]));
  policy.lineamientos.forEach((l, i) => {
    claim(l.id, ["lineamientos", i]);
    l.items.forEach((item, j) => {
      claim(item.id, ["lineamientos", i, "items", j]);
      if (!item.id.startsWith(`${l.id}.`)) {
        problems.push({ path: ["lineamientos", i, "items", j, "id"], message: `sub-item "${item.id}" does not belong to ${l.id}` });
      }
    });
  });
  const items = new Set(policy.lineamientos.flatMap((l) => l.items.map((item) => item.id)));
  policy.dimensions.forEach((d, i) => {
    d.lineamientos.forEach((ref, j) => {
      if (!items.has(ref)) problems.push({ path: ["dimensions", i, "lineamientos", j], message: `unknown lineamiento sub-item "${ref}"` });
    });
    const contraryIds = new Set<string>();
    d.contrary.forEach((c, j) => {
      if (contraryIds.has(c.id)) problems.push({ path: ["dimensions", i, "contrary", j, "id"], message: `duplicate contrary pattern id "${c.id}"` });
      contraryIds.add(c.id);
    });
    for (const [path, phrase] of phrasesOf(d, i)) {
      if (phraseStems(phrase, tokenizeOptions).length === 0) {
        problems.push({ path, message: `"${phrase}" is empty after normalisation, so it can never match` });
      }
    }
  });
  return problems;
}

function* phrasesOf(d: Policy["dimensions"][number], i: number): Generator<[Array<string | number>, string]> {
  const base = ["dimensions", i];
  for (const [e, entry] of d.vocabulary.entries()) {
    if (entry.terms) for (const [k, phrase] of entry.terms.entries()) yield [[...base, "vocabulary", e, "terms", k], phrase];
    for (const [g, group] of (entry.near ?? []).entries()) {
      for (const [k, phrase] of group.entries()) yield [[...base, "vocabulary", e, "near", g, k], phrase];
    }
  }
  for (const [k, phrase] of d.exclude.entries()) yield [[...base, "exclude", k], phrase];
  for (const [c, pattern] of d.contrary.entries()) {
    for (const [g, group] of pattern.near.entries()) {
      for (const [k, phrase] of group.entries()) yield [[...base, "contrary", c, "near", g, k], phrase];
    }
  }
}
