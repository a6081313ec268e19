import { setImmediate as nextTurn } from "node:timers/promises";
import type { FoundDocument } from "../documents/find-documents.js";
import type { CompiledPolicy } from "../match/compile-policy.js";
import type { DocumentResult } from "../report/types.js";
import { checkSource, readSource, type CheckOneOptions } from "./check-one.js";

/** Checks documents one after another on this thread, in order. */
export async function checkInOrder(
  compiled: CompiledPolicy,
  documents: readonly FoundDocument[],
  options: CheckOneOptions & { signal?: AbortSignal },
  onResult: (result: DocumentResult, index: number) => void,
): Promise<void> {
  for (let index = 0; index < documents.length; index++) {
    if (options.signal?.aborted) return;
    const found = documents[index] as FoundDocument;
    onResult(checkSource(compiled, found, await readSource(found, options), options.lang), index);
    // Reading a file is synchronous, and so is checking it: yield a turn of the event loop, so
    // Ctrl-C and messages from worker threads (when this thread checks beside them) get through.
    await nextTurn();
  }
}
