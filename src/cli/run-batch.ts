import type { FoundDocument } from "../documents/find-documents.js";
import type { CompiledPolicy } from "../match/compile-policy.js";
import type { DocumentResult } from "../report/types.js";
import { checkOne } from "./check-one.js";
import type { WorkerTask } from "./check-worker.js";

export interface BatchOptions {
  jobs: number;
  policyFile: string;
  maxBytes: number;
  stdin?: Buffer;
  signal?: AbortSignal;
  /** Called in document order, as soon as a document and all before it are done. */
  onResult: (result: DocumentResult, index: number) => void;
}

/**
 * Checks documents in order on this thread, or across worker threads when there is more than
 * one job and more than one file. Results reach onResult in the sorted order either way, so the
 * output is the same for any --jobs.
 */
export async function runBatch(compiled: CompiledPolicy, documents: readonly FoundDocument[], options: BatchOptions): Promise<void> {
  const useWorkers = options.jobs > 1 && documents.filter((d) => d.path !== "-").length > 1;
  if (!useWorkers) {
    for (const [index, found] of documents.entries()) {
      if (options.signal?.aborted) return;
      options.onResult(await checkOne(compiled, found, options), index);
    }
    return;
  }
  const { Tinypool } = await import("tinypool");
  const pool = new Tinypool({
    filename: new URL("./check-worker.js", import.meta.url).href,
    minThreads: options.jobs,
    maxThreads: options.jobs,
  });
  const abort = () => void pool.destroy();
  options.signal?.addEventListener("abort", abort, { once: true });
  try {
    const start = (found: FoundDocument) => {
      const promise =
        found.path === "-"
          ? checkOne(compiled, found, options)
          : (pool.run({ found, policyFile: options.policyFile, maxBytes: options.maxBytes } satisfies WorkerTask) as Promise<DocumentResult>);
      promise.catch(() => undefined);
      return promise;
    };
    // A bounded window of documents in flight: workers stay busy, and finished reports waiting
    // for an earlier document never pile up in memory.
    const window = options.jobs * 4;
    const pending = documents.slice(0, window).map(start);
    for (let index = 0; index < documents.length; index++) {
      if (options.signal?.aborted) return;
      const result = await (pending[index] as Promise<DocumentResult>);
      const next = documents[index + window];
      if (next) pending.push(start(next));
      delete pending[index];
      options.onResult(result, index);
    }
  } finally {
    options.signal?.removeEventListener("abort", abort);
    await pool.destroy();
  }
}
