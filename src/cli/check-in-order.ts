import { setImmediate as nextTurn } from "node:timers/promises";
import type { FoundDocument } from "../documents/find-documents.js";
import type { SourceDocument } from "../documents/types.js";
import type { CompiledPolicy } from "../match/compile-policy.js";
import type { DocumentError, DocumentResult } from "../report/types.js";
import { checkSource, readSource, type CheckOneOptions } from "./check-one.js";

/**
 * Files being read while the current one is checked. Checking is synchronous, so a read only
 * moves on (stat, open, read, close) between two checks: with a few in flight, each of those
 * turns of the event loop advances all of them, and the thread never waits for the disk.
 */
const readAhead = 4;

/** Checks documents one after another on this thread, in order. */
export async function checkInOrder(
  compiled: CompiledPolicy,
  documents: readonly FoundDocument[],
  options: CheckOneOptions & { signal?: AbortSignal },
  onResult: (result: DocumentResult, index: number) => void,
): Promise<void> {
  const reads: Array<Promise<SourceDocument | DocumentError>> = [];
  const readUpTo = (end: number) => {
    for (let i = reads.length; i < Math.min(end, documents.length); i++) reads.push(readSource(documents[i] as FoundDocument, options));
  };
  for (let index = 0; index < documents.length; index++) {
    if (options.signal?.aborted) return;
    readUpTo(index + 1 + readAhead);
    const source = await (reads[index] as Promise<SourceDocument | DocumentError>);
    delete reads[index];
    onResult(checkSource(compiled, documents[index] as FoundDocument, source, options.lang), index);
    // A read that is already done resolves without a turn of the event loop: yield one, so reads
    // in flight and messages from worker threads (when this thread checks beside them) move on.
    await nextTurn();
  }
}
