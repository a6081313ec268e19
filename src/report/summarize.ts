import type { CompiledPolicy } from "../match/compile-policy.js";
import type { Status } from "../score/types.js";
import { isDocumentFailing, type FailPolicy } from "./fail-policy.js";
import { isDocumentError, type DocumentResult, type PolicySummary, type RunReport, type RunReportHead, type RunSummary } from "./types.js";

/** Counts computed once, read by formatters and the exit code alike. */
export function summarize(results: readonly DocumentResult[], failPolicy: FailPolicy): RunSummary {
  const counter = new SummaryCounter(failPolicy);
  for (const result of results) counter.add(result);
  return counter.summary();
}

/**
 * The run summary counted one document at a time, so a streamed batch of thousands of files
 * never holds their reports: the same figures, in the same order, as `summarize` over all of them.
 */
export class SummaryCounter {
  private files = 0;
  private checked = 0;
  private scoreSum = 0;
  private readonly byDimension: RunSummary["byDimension"] = {};
  private readonly failing: string[] = [];

  constructor(private readonly failPolicy: FailPolicy) {}

  add(result: DocumentResult): void {
    this.files++;
    if (isDocumentError(result)) return;
    this.checked++;
    for (const d of result.dimensions) {
      const counts = (this.byDimension[d.id] ??= { covered: 0, partial: 0, gap: 0, conflicts: 0 });
      counts[d.status as Status]++;
      if (d.conflict) counts.conflicts++;
    }
    this.scoreSum += result.score;
    if (isDocumentFailing(result, this.failPolicy)) this.failing.push(result.file);
  }

  summary(): RunSummary {
    const meanScore = this.checked ? this.scoreSum / this.checked : 0;
    return {
      files: this.files,
      checked: this.checked,
      errors: this.files - this.checked,
      meanScore: Math.round(meanScore * 10_000) / 10_000,
      byDimension: structuredClone(this.byDimension),
      failing: [...this.failing],
    };
  }
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
    ...runReportHead(policySummary(compiled), version),
    documents: results,
    summary: summarize(results, failPolicy),
  };
}

/** What a run report says before its documents: a streamed report writes it first. */
export function runReportHead(policy: PolicySummary, version: string): RunReportHead {
  return { schemaVersion: 1, tool: { name: "policylint", version }, policy };
}
