import type { DocumentReport, Status } from "../score/types.js";

/** A document that could not be checked; the batch goes on. */
export interface DocumentError {
  file: string;
  error: string;
}

export type DocumentResult = DocumentReport | DocumentError;

export function isDocumentError(result: DocumentResult): result is DocumentError {
  return "error" in result;
}

export interface RunSummary {
  files: number;
  checked: number;
  errors: number;
  meanScore: number;
  /** Per dimension id: how many documents have each status, and conflicts. */
  byDimension: Record<string, Record<Status, number> & { conflicts: number }>;
  /** Documents failing the thresholds, by file. */
  failing: string[];
}

/** What formatters need of the policy: its words for each dimension and the sub-items that would close a gap. */
export interface PolicySummary {
  id: string;
  title: string;
  dimensions: Array<{
    id: string;
    title: string;
    titleEn: string;
    text: string;
    lineamientos: Array<{ id: string; text: string }>;
  }>;
}

export interface RunReportHead {
  schemaVersion: 1;
  tool: { name: "policylint"; version: string };
  policy: PolicySummary;
}

export interface RunReport extends RunReportHead {
  documents: DocumentResult[];
  summary: RunSummary;
}
