import type { RunSummary } from "../report/types.js";

export const ExitCode = { ok: 0, failing: 1, error: 2, interrupted: 130 } as const;

/** 2 when any document could not be read, else 1 when any fails the thresholds, else 0. */
export function exitCodeFor(summary: RunSummary): number {
  if (summary.errors > 0) return ExitCode.error;
  return summary.failing.length > 0 ? ExitCode.failing : ExitCode.ok;
}
