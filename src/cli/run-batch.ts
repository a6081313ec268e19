import type { FoundDocument } from "../documents/find-documents.js";
import type { CompiledPolicy } from "../match/compile-policy.js";
import { snapshotPolicy } from "../match/policy-snapshot.js";
import { checkInOrder } from "./check-in-order.js";
import type { WorkerSetup } from "./check-worker.js";
import { documentOutput, type CheckedDocument, type OutputPlan } from "./document-output.js";

export interface BatchOptions {
  jobs: number;
  maxBytes: number;
  plan: OutputPlan;
  stdin?: Buffer;
  signal?: AbortSignal;
  /** Called in document order, as soon as a document and all before it are done. */
  onResult: (checked: CheckedDocument, index: number) => void;
}

/** Documents per task: enough that messaging costs nothing next to checking, few enough that threads share the work evenly. */
const maxBatchSize = 8;

/**
 * Checks documents in order on this thread, or across worker threads when there is more than
 * one job and more than one file. Results reach onResult in the sorted order either way, so the
 * output is the same for any --jobs.
 */
export async function runBatch(compiled: CompiledPolicy, documents: readonly FoundDocument[], options: BatchOptions): Promise<void> {
  const useWorkers = options.jobs > 1 && documents.filter((d) => d.path !== "-").length > 1;
  if (useWorkers) await runInWorkers(compiled, documents, options);
  else await runHere(compiled, documents, options, (checked, index) => options.onResult(checked, index));
}

async function runHere(
  compiled: CompiledPolicy,
  documents: readonly FoundDocument[],
  options: BatchOptions,
  onResult: (checked: CheckedDocument, index: number) => void,
): Promise<void> {
  const output = await documentOutput(options.plan);
  await checkInOrder(compiled, documents, options, (result, index) => onResult(output(result), index));
}

/**
 * Each worker restores the policy from a snapshot (no second compile) and gets batches of file
 * paths; it sends back finished output, not whole reports to copy and format here. A bounded
 * window of batches is in flight, so workers stay busy and results waiting for an earlier batch
 * never pile up.
 */
async function runInWorkers(compiled: CompiledPolicy, documents: readonly FoundDocument[], options: BatchOptions): Promise<void> {
  const { Tinypool } = await import("tinypool");
  const setup: WorkerSetup = { snapshot: snapshotPolicy(compiled), plan: options.plan, maxBytes: options.maxBytes };
  const pool = new Tinypool({
    filename: new URL("./check-worker.js", import.meta.url).href,
    minThreads: options.jobs,
    maxThreads: options.jobs,
    workerData: setup,
  });
  const abort = () => void pool.destroy();
  options.signal?.addEventListener("abort", abort, { once: true });
  try {
    const batches = inBatches(documents, Math.min(maxBatchSize, Math.ceil(documents.length / (options.jobs * 4))));
    const start = (batch: readonly FoundDocument[]): Promise<CheckedDocument[]> => {
      // Standard input was read by this thread: its document is checked here.
      const promise = batch.some((d) => d.path === "-")
        ? collect((onResult) => runHere(compiled, batch, options, onResult))
        : (pool.run({ documents: batch }) as Promise<CheckedDocument[]>);
      promise.catch(() => undefined);
      return promise;
    };
    const window = options.jobs * 8;
    const pending = batches.slice(0, window).map(start);
    let index = 0;
    for (let b = 0; b < batches.length; b++) {
      if (options.signal?.aborted) return;
      const results = await (pending[b] as Promise<CheckedDocument[]>);
      const next = batches[b + window];
      if (next) pending.push(start(next));
      delete pending[b];
      for (const checked of results) options.onResult(checked, index++);
    }
  } finally {
    options.signal?.removeEventListener("abort", abort);
    await pool.destroy();
  }
}

function inBatches<T>(items: readonly T[], size: number): T[][] {
  const batches: T[][] = [];
  for (let i = 0; i < items.length; i += size) batches.push(items.slice(i, i + size));
  return batches;
}

async function collect(run: (onResult: (checked: CheckedDocument) => void) => Promise<void>): Promise<CheckedDocument[]> {
  const results: CheckedDocument[] = [];
  await run((checked) => results.push(checked));
  return results;
}
