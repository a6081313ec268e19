import path from "node:path";
import { applyConfigAccepts } from "../../config/apply-config-accepts.js";
import { assertConfigMatchesPolicy } from "../../config/load-config.js";
import { findDocuments } from "../../documents/find-documents.js";
import { PolicylintError } from "../../errors.js";
import { formatters } from "../../formatters/index.js";
import { formatJsonLine } from "../../formatters/jsonl.js";
import type { FormatContext } from "../../formatters/types.js";
import { messagesFor } from "../../i18n/index.js";
import { loadPolicy } from "../../policy/load-policy.js";
import { bundledPolicyPath } from "../../policy/data-paths.js";
import { buildRunReport } from "../../report/summarize.js";
import type { DocumentResult } from "../../report/types.js";
import { colorLevel, styler } from "../color.js";
import type { CheckOptions } from "../check-options.js";
import { ExitCode, exitCodeFor } from "../exit-code.js";
import type { CliIo } from "../io.js";
import { createProgress } from "../progress.js";
import { runBatch } from "../run-batch.js";
import { toolVersion } from "../tool-version.js";
import { withoutEvidence } from "../../report/without-evidence.js";
import { writeOutputFile } from "../write-output.js";

/** `policylint check`: find, read and check documents, then write every requested format. */
export async function runCheck(args: string[], options: CheckOptions, io: CliIo): Promise<number> {
  const policyFile = options.policy ? path.resolve(io.cwd, options.policy) : bundledPolicyPath;
  const compiled = await loadPolicy(policyFile, options.policy ?? bundledPolicyPath);
  if (options.config) assertConfigMatchesPolicy(options.config, compiled.policy.dimensions.map((d) => d.id));
  const { documents, missing } = await findDocuments(args.length ? args : [], io.cwd, options.ignore);
  if (args.length === 0) throw new PolicylintError("usage", "no documents given: policylint check <files, folders or globs…>");
  if (documents.length === 0 && missing.length === args.length) {
    throw new PolicylintError("input", `no documents matched: ${missing.join(", ")}`);
  }
  const stdin = documents.some((d) => d.path === "-") ? await readAll(io.stdin) : undefined;
  const context: FormatContext = {
    style: styler(options.format === "text" && !options.output ? colorLevel(options.color, io.env, io.stdout.isTTY ?? false) : 0),
    messages: messagesFor(options.lang),
    failPolicy: options.failPolicy,
    explain: options.explain,
  };
  const streamJsonl = options.format === "jsonl" && !options.output && !options.quiet;
  // Once streamed, a document's evidence is only needed again if another format is written.
  const streamedOnly = streamJsonl && options.outputFormats.length === 0;
  const progress = await createProgress(io, documents.length, options.progress);
  const results: DocumentResult[] = missing.map((arg) => ({ file: arg, error: "no such file, folder or matching glob" }));
  if (streamJsonl) results.forEach((r) => io.stdout.write(formatJsonLine(r, context)));
  await runBatch(compiled, documents, {
    jobs: options.jobs,
    policyFile,
    maxBytes: options.maxBytes,
    ...(stdin ? { stdin } : {}),
    ...(io.signal ? { signal: io.signal } : {}),
    onResult: (checked) => {
      const result = applyConfigAccepts(checked, options.accept ?? []);
      progress.tick();
      if (streamJsonl) io.stdout.write(formatJsonLine(result, context));
      results.push(streamedOnly ? withoutEvidence(result) : result);
    },
  });
  progress.stop();
  if (io.signal?.aborted) return ExitCode.interrupted;

  const report = buildRunReport(compiled, results, options.failPolicy, toolVersion());
  for (const { format, file } of options.outputFormats) {
    await writeOutputFile(path.resolve(io.cwd, file), formatters[format](report, { ...context, style: styler(0) }));
  }
  if (options.output) {
    await writeOutputFile(path.resolve(io.cwd, options.output), formatters[options.format](report, context));
  } else if (!options.quiet && !streamJsonl) {
    io.stdout.write(formatters[options.format](report, context));
  }
  if (options.quiet) {
    for (const r of results) if ("error" in r) io.stderr.write(`policylint: ${r.file}: ${r.error}\n`);
  }
  return exitCodeFor(report.summary);
}

async function readAll(stream: NodeJS.ReadableStream): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk));
  return Buffer.concat(chunks);
}
