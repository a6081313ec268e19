import path from "node:path";
import { applyConfigAccepts } from "../../config/apply-config-accepts.js";
import { assertConfigMatchesPolicy } from "../../config/load-config.js";
import { PolicylintError } from "../../errors.js";
import { diffFormatters, type DiffFormatName } from "../../formatters/diff/index.js";
import { messagesFor } from "../../i18n/index.js";
import type { CompiledPolicy } from "../../match/compile-policy.js";
import { bundledPolicyPath } from "../../policy/data-paths.js";
import { loadPolicy } from "../../policy/load-policy.js";
import { diffReports, hasRegression } from "../../report/diff-reports.js";
import { policySummary } from "../../report/summarize.js";
import { isDocumentError } from "../../report/types.js";
import type { DocumentReport } from "../../score/types.js";
import { checkOne } from "../check-one.js";
import type { CheckOptions } from "../check-options.js";
import { colorLevel, styler } from "../color.js";
import { ExitCode } from "../exit-code.js";
import type { CliIo } from "../io.js";

/**
 * `policylint diff OLD NEW`: checks both versions of a draft with the same policy and thresholds and
 * reports what changed. It fails (1) only for regressions, so an old gap nobody touched does not
 * block a change that improves the draft.
 */
export async function runDiff(oldFile: string, newFile: string, format: DiffFormatName, options: CheckOptions, io: CliIo): Promise<number> {
  const policyFile = options.policy ? path.resolve(io.cwd, options.policy) : bundledPolicyPath;
  const compiled = await loadPolicy(policyFile, options.policy ?? bundledPolicyPath);
  if (options.config) assertConfigMatchesPolicy(options.config, compiled.policy.dimensions.map((d) => d.id));
  const older = await checkFile(compiled, oldFile, options, io);
  const newer = await checkFile(compiled, newFile, options, io);
  const diff = diffReports(older, newer, policySummary(compiled), options.failPolicy);
  const level = format === "text" ? colorLevel(options.color, io.env, io.stdout.isTTY ?? false) : 0;
  io.stdout.write(diffFormatters[format](diff, { style: styler(level), messages: messagesFor(options.lang), failPolicy: options.failPolicy, explain: false }));
  return hasRegression(diff) ? ExitCode.failing : ExitCode.ok;
}

async function checkFile(compiled: CompiledPolicy, file: string, options: CheckOptions, io: CliIo): Promise<DocumentReport> {
  const found = { path: path.resolve(io.cwd, file), display: file.split(path.sep).join("/") };
  const result = applyConfigAccepts(await checkOne(compiled, found, { maxBytes: options.maxBytes, lang: options.lang }), options.accept ?? []);
  if (isDocumentError(result)) throw new PolicylintError("input", `${result.file}: ${result.error}`);
  return result;
}
