import type { FoundDocument } from "../documents/find-documents.js";
import type { CompiledPolicy } from "../match/compile-policy.js";
import { snapshotPolicy } from "../match/policy-snapshot.js";
import { checkInOrder } from "./check-in-order.js";
import type { CheckOneOptions } from "./check-one.js";
import type { WorkerSetup } from "./check-worker.js";
import type { CheckedDocument, DocumentOutput, OutputPlan } from "./document-output.js";

export interface BatchOptions {
  jobs: number;
  maxBytes: number;
  /** What worker threads are told to do with each document… */
  plan: OutputPlan;
  /** …and what this thread does, made from the same plan once by the caller. */
  output: DocumentOutput;
  stdin?: Buffer;
  signal?: AbortSignal;
  /** Called in document order, as soon as a document and all before it are done. */
  onResult: (checked: CheckedDocument, index: number) => void;
}

/**
 * Documents per task: enough that messaging costs little next to checking, few enough that
 * threads share the work evenly. Fewer per task also keeps this thread's heap down: on the bench,
 * 4 instead of 8 gave 176–204 MB peak instead of 198–230 with two jobs, for 1% more time.
 */
const maxBatchSize = 4;

/**
 * Checks documents in order on this thread, or across worker threads when there is more than
 * one job and more than one file. Results reach onResult in the sorted order either way, so the
 * output is the same for any --jobs.
 */
export async function runBatch(compiled: CompiledPolicy, documents: readonly FoundDocument[], options: BatchOptions): Promise<void> {
  const useWorkers = options.jobs > 1 && documents.filter((d) => d.path !== "-").length > 1;
  if (useWorkers) await runInWorkers(compiled, documents, options);
  else await checkInOrder(compiled, documents, checking(options), (result, index) => options.onResult(options.output(result), index));
}

/**
 * This thread and jobs − 1 worker threads each take the next batch of files, never more than a
 * window of batches ahead of the output, so results waiting for an earlier batch never pile up.
 * This thread checks too, rather than only collecting: one isolate fewer to start, compile and
 * feed, for the same number of busy cores. Each worker restores the policy from a snapshot (no
 * second compile) and sends back finished output, not whole reports to copy and format here.
 */
async function runInWorkers(compiled: CompiledPolicy, documents: readonly FoundDocument[], options: BatchOptions): Promise<void> {
  const { Tinypool } = await import("tinypool");
  const setup: WorkerSetup = { snapshot: snapshotPolicy(compiled), plan: options.plan, maxBytes: options.maxBytes };
  const workers = options.jobs - 1;
  const pool = new Tinypool({
    filename: new URL("./check-worker.js", import.meta.url).href,
    minThreads: workers,
    maxThreads: workers,
    workerData: setup,
  });
  const here = (batch: readonly FoundDocument[]) =>
    collect((onResult) => checkInOrder(compiled, batch, checking(options), (result) => onResult(options.output(result))));
  // Standard input was read by this thread: a batch with it is checked here.
  const inWorker = (batch: readonly FoundDocument[]) =>
    batch.some((d) => d.path === "-") ? here(batch) : (pool.run({ documents: batch }) as Promise<CheckedDocument[]>);
  const stop = () => void pool.destroy();
  options.signal?.addEventListener("abort", stop, { once: true });
  try {
    const batches = inBatches(documents, Math.min(maxBatchSize, Math.ceil(documents.length / (options.jobs * 4))));
    const order = new InOrder<CheckedDocument[]>(batches.length, options.jobs * 8, (results) => results.forEach((checked) => options.onResult(checked, order.emitted++)));
    const lane = async (check: (batch: readonly FoundDocument[]) => Promise<CheckedDocument[]>) => {
      for (let b = await order.take(); b !== undefined && !options.signal?.aborted; b = await order.take()) {
        order.done(b, await check(batches[b] as FoundDocument[]));
      }
    };
    await Promise.all([lane(here), ...Array.from({ length: workers }, () => lane(inWorker))]).catch((error: unknown) => {
      order.fail();
      // On Ctrl-C the pool is destroyed on purpose, and the tasks in flight end in errors.
      if (!options.signal?.aborted) throw error;
    });
  } finally {
    options.signal?.removeEventListener("abort", stop);
    await pool.destroy();
  }
}

/** Hands out batch numbers in order, at most `window` ahead of the first batch not yet done, and passes finished batches on in order. */
class InOrder<T> {
  /** Documents passed on so far: their index in the run. */
  emitted = 0;
  private next = 0;
  private flushed = 0;
  private failed = false;
  private readonly finished = new Map<number, T>();
  private waiting: Array<() => void> = [];

  constructor(
    private readonly count: number,
    private readonly window: number,
    private readonly onBatch: (results: T) => void,
  ) {}

  /** The next batch to check, once the window allows; undefined when none is left. */
  async take(): Promise<number | undefined> {
    while (!this.failed && this.next < this.count && this.next - this.flushed >= this.window) {
      await new Promise<void>((resolve) => this.waiting.push(resolve));
    }
    return this.failed || this.next >= this.count ? undefined : this.next++;
  }

  done(batch: number, results: T): void {
    this.finished.set(batch, results);
    for (let ready = this.finished.get(this.flushed); ready !== undefined; ready = this.finished.get(this.flushed)) {
      this.finished.delete(this.flushed++);
      this.onBatch(ready);
    }
    this.wake();
  }

  /** A lane failed: the others take nothing more. */
  fail(): void {
    this.failed = true;
    this.wake();
  }

  private wake(): void {
    const waiting = this.waiting;
    this.waiting = [];
    for (const resolve of waiting) resolve();
  }
}

/** What checking a document on this thread needs of the batch's options. */
function checking(options: BatchOptions): CheckOneOptions & { signal?: AbortSignal } {
  return { ...options, lang: options.plan.lang };
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
