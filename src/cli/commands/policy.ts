import path from "node:path";
import { formatPolicyItem, formatPolicyTree } from "../../formatters/policy/describe-policy.js";
import { messagesFor, type Language } from "../../i18n/index.js";
import type { CompiledPolicy } from "../../match/compile-policy.js";
import { bundledPolicyPath } from "../../policy/data-paths.js";
import { loadPolicy } from "../../policy/load-policy.js";
import type { CliIo } from "../io.js";

export interface PolicyCommandOptions {
  policy?: string;
  lang: Language;
}

async function loadPolicyArg(file: string | undefined, io: CliIo): Promise<CompiledPolicy> {
  return file ? loadPolicy(path.resolve(io.cwd, file), file) : loadPolicy(bundledPolicyPath, bundledPolicyPath);
}

/** `policylint policy validate [FILE]`: problems go to stderr as file:line:col (thrown), success is one line. */
export async function runPolicyValidate(file: string | undefined, options: PolicyCommandOptions, io: CliIo): Promise<number> {
  const { policy } = await loadPolicyArg(file, io);
  const items = policy.lineamientos.reduce((n, l) => n + l.items.length, 0);
  const valid = messagesFor(options.lang).policyValid(policy.dimensions.length, policy.lineamientos.length, items);
  io.stdout.write(`${file ?? path.basename(bundledPolicyPath)}: ${valid}\n`);
  return 0;
}

/** `policylint policy show [ID]`: the tree, or one item with its vocabulary. */
export async function runPolicyShow(id: string | undefined, options: PolicyCommandOptions, io: CliIo): Promise<number> {
  const { policy } = await loadPolicyArg(options.policy, io);
  const messages = messagesFor(options.lang);
  io.stdout.write(id ? formatPolicyItem(policy, id, messages) : formatPolicyTree(policy, messages));
  return 0;
}

/** `policylint explain ID`: what the policy says for any id, and how it is detected. */
export async function runExplain(id: string, options: PolicyCommandOptions, io: CliIo): Promise<number> {
  const { policy } = await loadPolicyArg(options.policy, io);
  io.stdout.write(formatPolicyItem(policy, id, messagesFor(options.lang)));
  return 0;
}
