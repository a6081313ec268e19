import { acceptGaps } from "../report/accept-gaps.js";
import { isDocumentError, type DocumentResult } from "../report/types.js";
import type { AcceptRule } from "./config-schema.js";
import { matchesGlob } from "./match-glob.js";

/** The config's accepted gaps that apply to this document (by its display path), applied after checking. */
export function applyConfigAccepts(result: DocumentResult, rules: readonly AcceptRule[]): DocumentResult {
  if (isDocumentError(result) || rules.length === 0) return result;
  const acceptances = rules
    .filter((rule) => rule.files === undefined || rule.files.some((glob) => matchesGlob(result.file, glob)))
    .map((rule) => ({ dimension: rule.dimension, reason: rule.reason, source: "config" as const }));
  return acceptGaps(result, acceptances);
}
