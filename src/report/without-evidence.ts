import type { DocumentResult } from "./types.js";

/**
 * What the run summary and the exit code still need of a document once its line has been streamed:
 * statuses and scores, not citations. Keeps memory flat over a batch of thousands of files.
 */
export function withoutEvidence(result: DocumentResult): DocumentResult {
  if ("error" in result) return result;
  return {
    ...result,
    overall: { ...result.overall, terms: [] },
    dimensions: result.dimensions.map((d) => ({
      ...d,
      citations: [],
      conflicts: [],
      explanation: { ...d.explanation, passageMasses: [], discarded: [] },
    })),
  };
}
