import type { CompiledPolicy } from "../match/compile-policy.js";
import type { DocumentReport, Status } from "../score/types.js";
import { isDocumentFailing, type FailPolicy } from "./fail-policy.js";
import { isDocumentError, type DocumentResult, type PolicySummary, type RunReport, type RunSummary } from "./types.js";

/** Counts computed once, read by formatters and the exit code alike. */
export function summarize(results: readonly DocumentResult[], failPolicy: FailPolicy): RunSummary {
  const checked = results.filter((r): r is DocumentReport => !isDocumentError(r));
  const byDimension: RunSummary["byDimension"] = {};
  for (const report of checked) {
    for (const d of report.dimensions) {
      const counts = (byDimension[d.id] ??= { covered: 0, partial: 0, gap: 0, conflicts: 0 });
      counts[d.status as Status]++;
      if (d.conflict) counts.conflicts++;
    }
  }
  const meanScore = checked.length ? checked.reduce((sum, r) => sum + r.score, 0) / checked.length : 0;
  return {
    files: results.length,
    checked: checked.length,
    errors: results.length - checked.length,
    meanScore: Math.round(meanScore * 10_000) / 10_000,
    byDimension,
    failing: checked.filter((r) => isDocumentFailing(r, failPolicy)).map((r) => r.file),
  };
}

export function policySummary(compiled: CompiledPolicy): PolicySummary {
  const { policy } = compiled;
  const items = new Map(policy.lineamientos.flatMap((l) => l.items.map((i) => [i.id, i.text] as const)));
  return {
    id: policy.id,
    title: policy.metadata.title,
    dimensions: policy.dimensions.map((d) => ({
      id: d.id,
      title: d.title,
      titleEn: d.titleEn,
      text: d.text,
      lineamientos: d.lineamientos.map((id) => ({ id, text: items.get(id) ?? "" })),
    })),
  };
}

export function buildRunReport(
  compiled: CompiledPolicy,
  results: DocumentResult[],
  failPolicy: FailPolicy,
  version: string,
): RunReport {
  return {
    schemaVersion: 1,
    tool: { name: "policylint", version },
    policy: policySummary(compiled),
    documents: results,
    summary: summarize(results, failPolicy),
  };
}
