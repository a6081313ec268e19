import Tinypool from "tinypool";
import type { FoundDocument } from "../documents/find-documents.js";
import { restorePolicy, type PolicySnapshot } from "../match/policy-snapshot.js";
import { checkInOrder } from "./check-in-order.js";
import { documentOutput, type CheckedDocument, type OutputPlan } from "./document-output.js";

/** What every worker thread receives once, when the pool starts. */
export interface WorkerSetup {
  snapshot: PolicySnapshot;
  plan: OutputPlan;
  maxBytes: number;
}

const setup = Tinypool.workerData as WorkerSetup;
const compiled = restorePolicy(setup.snapshot);
const output = await documentOutput(setup.plan);

/** Checks a batch of files in order and returns each one's finished output. */
export default async function checkBatch(task: { documents: FoundDocument[] }): Promise<CheckedDocument[]> {
  const results: CheckedDocument[] = [];
  await checkInOrder(compiled, task.documents, { maxBytes: setup.maxBytes }, (result) => results.push(output(result)));
  return results;
}
