import { stat } from "node:fs/promises";
import { availableParallelism } from "node:os";
import type { FoundDocument } from "../documents/find-documents.js";

/**
 * Below this much input a worker thread costs more than it saves. Starting one and warming up its
 * own JIT took about 0.35 s on the 2-core machine of the bench, where a second thread then checks
 * about 1.5× as fast: the two broke even near 800 documents of 25 KB.
 */
export const minBytesForWorkers = 20 * 1024 * 1024;

/** Threads for a run without --jobs: this one alone for a small batch, every core for a large one. */
export async function automaticJobs(documents: readonly FoundDocument[], stdinBytes = 0): Promise<number> {
  const cores = availableParallelism();
  if (cores === 1) return 1;
  let total = stdinBytes;
  for (const document of documents) {
    if (document.path === "-") continue;
    // An unreadable file is reported when it is read; here it weighs nothing.
    total += (await stat(document.path).catch(() => undefined))?.size ?? 0;
    if (total >= minBytesForWorkers) return cores;
  }
  return 1;
}
