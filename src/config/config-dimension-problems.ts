import type { PathProblem } from "../policy/parse-validated-yaml.js";
import type { PolicylintConfig } from "./config-schema.js";

/** Every dimension id the config names that the policy does not have, located at the id itself. */
export function configDimensionProblems(config: PolicylintConfig, policyIds: readonly string[]): PathProblem[] {
  const known = new Set(policyIds);
  const unknown = (id: string) => `unknown dimension "${id}" (the policy has ${policyIds.join(", ")})`;
  const problems: PathProblem[] = [];
  for (const id of Object.keys(config.dimensions ?? {})) {
    // A mapping key has no node of its own to point at, so the problem sits at its value.
    if (!known.has(id)) problems.push({ path: ["dimensions", id], message: `dimensions.${id}: ${unknown(id)}` });
  }
  (config.required ?? []).forEach((id, index) => {
    if (!known.has(id)) problems.push({ path: ["required", index], message: `required.${index}: ${unknown(id)}` });
  });
  (config.accept ?? []).forEach((rule, index) => {
    if (!known.has(rule.dimension)) {
      problems.push({ path: ["accept", index, "dimension"], message: `accept.${index}.dimension: ${unknown(rule.dimension)}` });
    }
  });
  return problems;
}
