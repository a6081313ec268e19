import path from "node:path";
import { findDocuments } from "../../documents/find-documents.js";
import { PolicylintError } from "../../errors.js";
import { formatters } from "../../formatters/index.js";
import type { FormatContext } from "../../formatters/types.js";
import { messagesFor } from "../../i18n/index.js";
import { loadPolicy } from "../../policy/load-policy.js";
import { bundledPolicyPath } from "../../policy/data-paths.js";
import { buildRunReport, policySummary, runReportHead } from "../../report/summarize.js";
import type { RunReport, RunReportHead, RunSummary } from "../../report/types.js";
import { colorLevel, styler } from "../color.js";
import type { CheckOptions } from "../check-options.js";
import { documentOutput, plannedStreamFormat, type OutputPlan } from "../document-output.js";
import { automaticJobs } from "../automatic-jobs.js";
import { ExitCode, exitCodeFor } from "../exit-code.js";
import type { CliIo } from "../io.js";
import { createProgress } from "../progress.js";
import { runBatch } from "../run-batch.js";
import { RunCollector } from "../run-collector.js";
import { isStreamFormat, type StreamFormatName } from "../stream-format.js";
import { toolVersion } from "../tool-version.js";
import { openOutputFile, writeOutputFile, type ReportSink } from "../write-output.js";

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
  const stdoutIsTTY = io.stdout.isTTY ?? false;
  const textColor = options.format === "text" && !options.output ? colorLevel(options.color, io.env, stdoutIsTTY) : 0;
  const context: FormatContext = {
    style: styler(textColor),
    messages: messagesFor(options.lang),
    failPolicy: options.failPolicy,
    explain: options.explain,
  };
  const plan = outputPlan(options, stdoutIsTTY, textColor, runReportHead(policySummary(compiled), toolVersion()));
  const format = plannedStreamFormat(plan);
  const streaming = format && {
    format,
    sink: options.output ? openOutputFile(path.resolve(io.cwd, options.output)) : stdoutSink(io),
  };
  const collected = new RunCollector(plan.keepReports, options.failPolicy, streaming);
  try {
    const output = await documentOutput(plan, format);
    for (const arg of missing) collected.take(output({ file: arg, error: context.messages.inputProblem({ code: "not-found" }) }));

    // Lines streamed to a terminal show the progress themselves, and a bar would cut through them.
    const progress = await createProgress(io, documents.length, options.progress && !(streaming && !options.output && stdoutIsTTY));
    await runBatch(compiled, documents, {
      jobs: options.jobs ?? (await automaticJobs(documents, stdin?.length)),
      maxBytes: options.maxBytes,
      plan,
      output,
      ...(stdin ? { stdin } : {}),
      ...(io.signal ? { signal: io.signal } : {}),
      onResult: (checked) => {
        progress.tick();
        collected.take(checked);
      },
    });
    progress.stop();
    if (io.signal?.aborted) return ExitCode.interrupted;

    const summary = plan.keepReports
      ? writeReports(buildRunReport(compiled, collected.reports, options.failPolicy, toolVersion()), options, streaming !== undefined, context, io)
      : collected.summary();
    collected.finish(summary);
    if (options.quiet) {
      for (const r of collected.errors) io.stderr.write(`policylint: ${r.file}: ${r.error}\n`);
    }
    return exitCodeFor(summary);
  } finally {
    collected.discard();
  }
}

/**
 * jsonl, csv and text go out piece by piece, to the --output file or to stdout; on a terminal,
 * text is printed whole at the end, after the progress bar. Whole reports are kept only when a
 * format is written at the end.
 */
function outputPlan(options: CheckOptions, stdoutIsTTY: boolean, textColor: OutputPlan["color"], head: RunReportHead): OutputPlan {
  const stream = streamedFormat(options, stdoutIsTTY);
  const keepReports = options.outputFormats.length > 0 || (!stream && (options.output !== undefined || !options.quiet));
  return {
    accept: options.accept ?? [],
    ...(stream ? { stream } : {}),
    color: stream === "text" ? textColor : 0,
    keepReports,
    head,
    lang: options.lang,
    failPolicy: options.failPolicy,
    explain: options.explain,
  };
}

function streamedFormat(options: CheckOptions, stdoutIsTTY: boolean): StreamFormatName | undefined {
  if (!isStreamFormat(options.format)) return undefined;
  if (options.output !== undefined) return options.format;
  return options.quiet || (options.format === "text" && stdoutIsTTY) ? undefined : options.format;
}

function stdoutSink(io: CliIo): ReportSink {
  const write = (piece: string | Uint8Array) => {
    if (piece.length > 0) io.stdout.write(piece);
  };
  return { write, commit: () => undefined, discard: () => undefined };
}

/** Writes the formats that need the whole run's report; returns its summary. */
function writeReports(report: RunReport, options: CheckOptions, streamed: boolean, context: FormatContext, io: CliIo): RunSummary {
  for (const { format, file } of options.outputFormats) {
    writeOutputFile(path.resolve(io.cwd, file), formatters[format](report, { ...context, style: styler(0) }));
  }
  if (streamed) return report.summary;
  if (options.output) {
    writeOutputFile(path.resolve(io.cwd, options.output), formatters[options.format](report, context));
  } else if (!options.quiet) {
    io.stdout.write(formatters[options.format](report, context));
  }
  return report.summary;
}

async function readAll(stream: NodeJS.ReadableStream): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk));
  return Buffer.concat(chunks);
}
