/** The library API: the CLI is a thin layer over these. */
import { checkDocument } from "./check-document.js";
import type { CompiledPolicy } from "./match/compile-policy.js";
import type { DocumentReport } from "./score/types.js";

export { checkDocument } from "./check-document.js";
export { loadPolicy } from "./policy/load-policy.js";
export { validatePolicy } from "./policy/validate-policy.js";
export { compilePolicy, type CompiledPolicy } from "./match/compile-policy.js";
export { segmentDocument } from "./segment/segment-document.js";
export { readDocument } from "./documents/read-document.js";
export { buildRunReport, summarize } from "./report/summarize.js";
export { isDocumentFailing, isDimensionFailing, type FailPolicy } from "./report/fail-policy.js";
export { PolicylintError, InputError, InvalidSourceError, type SourceProblem } from "./errors.js";
export type { Policy, PolicyDimension, VocabularyEntry, ContraryPattern, Thresholds } from "./policy/types.js";
export type { DocumentReport, DimensionScore, Citation, Status } from "./score/types.js";
export type { RunReport, DocumentResult, DocumentError } from "./report/types.js";
export type { SourceDocument } from "./documents/types.js";
export type { Passage } from "./segment/types.js";

/** Checks a text already in memory (a draft as a string). */
export function checkText(policy: CompiledPolicy, text: string, uri = "<texto>"): DocumentReport {
  return checkDocument(policy, { uri, format: "text", text, warnings: [] });
}
