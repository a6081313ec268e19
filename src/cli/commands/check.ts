import path from "node:path";
import { findDocuments } from "../../documents/find-documents.js";
import { PolicylintError } from "../../errors.js";
import { formatters } from "../../formatters/index.js";
import type { FormatContext } from "../../formatters/types.js";
import { messagesFor } from "../../i18n/index.js";
import { loadPolicy } from "../../policy/load-policy.js";
import { bundledPolicyPath } from "../../policy/data-paths.js";
import { buildRunReport, SummaryCounter } from "../../report/summarize.js";
import type { DocumentError, DocumentResult, RunReport, RunSummary } from "../../report/types.js";
import { colorLevel, styler } from "../color.js";
import type { CheckOptions } from "../check-options.js";
import { documentOutput, type CheckedDocument, type OutputPlan } from "../document-output.js";
import { automaticJobs } from "../automatic-jobs.js";
import { ExitCode, exitCodeFor } from "../exit-code.js";
import type { CliIo } from "../io.js";
import { createProgress } from "../progress.js";
import { runBatch } from "../run-batch.js";
import { isStreamFormat, streamFormat } from "../stream-format.js";
import { toolVersion } from "../tool-version.js";
import { writeOutputFile } from "../write-output.js";

/** `policylint check`: find, read and check documents, then write every requested format. */
export async function runCheck(args: string[], options: CheckOptions, io: CliIo): Promise<number> {
  const policyFile = options.policy ? path.resolve(io.cwd, options.policy) : bundledPolicyPath;
  const compiled = await loadPolicy(policyFile, options.policy ?? bundledPolicyPath);
  if (options.config) {
    const { assertConfigMatchesPolicy } = await import("../../config/load-config.js");
    assertConfigMatchesPolicy(options.config, compiled.policy.dimensions.map((d) => d.id));
  }
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
  const plan = outputPlan(options);
  if (plan.stream) io.stdout.write(streamFormat(plan.stream, context).header);
  // Whole reports are kept only for formats written at the end; a streamed run keeps counts.
  const reports: DocumentResult[] = [];
  const counter = new SummaryCounter(options.failPolicy);
  const errors: DocumentError[] = [];
  const take = ({ result, streamed }: CheckedDocument) => {
    if (streamed !== undefined) io.stdout.write(streamed);
    if (plan.keepReports) reports.push(result);
    counter.add(result);
    if ("error" in result) errors.push(result);
  };
  const output = await documentOutput(plan);
  for (const arg of missing) take(output({ file: arg, error: context.messages.inputProblem({ code: "not-found" }) }));

  const progress = await createProgress(io, documents.length, options.progress);
  await runBatch(compiled, documents, {
    jobs: options.jobs ?? (await automaticJobs(documents, stdin?.length)),
    maxBytes: options.maxBytes,
    plan,
    output,
    ...(stdin ? { stdin } : {}),
    ...(io.signal ? { signal: io.signal } : {}),
    onResult: (checked) => {
      progress.tick();
      take(checked);
    },
  });
  progress.stop();
  if (io.signal?.aborted) return ExitCode.interrupted;

  const summary = plan.keepReports
    ? await writeReports(buildRunReport(compiled, reports, options.failPolicy, toolVersion()), options, context, io)
    : counter.summary();
  if (options.quiet) {
    for (const r of errors) io.stderr.write(`policylint: ${r.file}: ${r.error}\n`);
  }
  return exitCodeFor(summary);
}

/** Streams jsonl and csv on stdout; keeps whole reports only when some format is written at the end. */
function outputPlan(options: CheckOptions): OutputPlan {
  const stream = isStreamFormat(options.format) && !options.output && !options.quiet ? options.format : undefined;
  const keepReports = options.outputFormats.length > 0 || options.output !== undefined || (!stream && !options.quiet);
  return {
    accept: options.accept ?? [],
    ...(stream ? { stream } : {}),
    keepReports,
    lang: options.lang,
    failPolicy: options.failPolicy,
    explain: options.explain,
  };
}

/** Writes the formats that need the whole run's report; returns its summary. */
async function writeReports(report: RunReport, options: CheckOptions, context: FormatContext, io: CliIo): Promise<RunSummary> {
  for (const { format, file } of options.outputFormats) {
    await writeOutputFile(path.resolve(io.cwd, file), formatters[format](report, { ...context, style: styler(0) }));
  }
  if (options.output) {
    await writeOutputFile(path.resolve(io.cwd, options.output), formatters[options.format](report, context));
  } else if (!options.quiet && !isStreamFormat(options.format)) {
    io.stdout.write(formatters[options.format](report, context));
  }
  return report.summary;
}

async function readAll(stream: NodeJS.ReadableStream): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk));
  return Buffer.concat(chunks);
}
