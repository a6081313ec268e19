import type { FoundDocument } from "../documents/find-documents.js";
import type { CompiledPolicy } from "../match/compile-policy.js";
import { loadPolicy } from "../policy/load-policy.js";
import type { DocumentResult } from "../report/types.js";
import { checkOne } from "./check-one.js";

export interface WorkerTask {
  found: FoundDocument;
  policyFile: string;
  maxBytes: number;
}

// Each worker thread compiles the policy once and reuses it for every file it is given.
const policies = new Map<string, Promise<CompiledPolicy>>();

export default async function checkInWorker(task: WorkerTask): Promise<DocumentResult> {
  let compiled = policies.get(task.policyFile);
  if (!compiled) {
    compiled = loadPolicy(task.policyFile);
    policies.set(task.policyFile, compiled);
  }
  return checkOne(await compiled, task.found, { maxBytes: task.maxBytes });
}
