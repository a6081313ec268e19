import type { AcceptRule } from "../config/config-schema.js";
import type { FormatContext } from "../formatters/types.js";
import { messagesFor, type Language } from "../i18n/index.js";
import type { FailPolicy } from "../report/fail-policy.js";
import type { DocumentResult, RunReportHead } from "../report/types.js";
import { withoutEvidence } from "../report/without-evidence.js";
import { styler } from "./color.js";
import { streamFormat, type StreamFormat, type StreamFormatName } from "./stream-format.js";

/** What a run does with each checked document, decided once; plain data, so worker threads get the same plan. */
export interface OutputPlan {
  /** The config's accepted gaps. */
  accept: AcceptRule[];
  /** Set when the report goes out piece by piece, as documents are done (to stdout or the --output file). */
  stream?: StreamFormatName;
  /** The streamed report's colour level: only a text report on a terminal has colour. */
  color: 0 | 1 | 2 | 3;
  /** Whole reports are needed at the end (a format written then); otherwise only the summary's counts. */
  keepReports: boolean;
  /** The policy and the tool, as the report states them (a streamed text names policy items). */
  head: RunReportHead;
  lang: Language;
  failPolicy: FailPolicy;
  explain: boolean;
}

/** A document as the run goes on with it: its result, and its streamed piece of the report. */
export interface CheckedDocument {
  result: DocumentResult;
  /** UTF-8 bytes when a worker thread made it (see check-worker). */
  streamed?: string | Uint8Array;
}

/** What a run does with each checked document (see documentOutput). */
export type DocumentOutput = (checked: DocumentResult) => CheckedDocument;

/**
 * Applies the config's accepted gaps, formats the streamed piece, and drops the evidence the run
 * will not need again: done where the document was checked, so a worker thread sends back a
 * finished line and a small result instead of the whole report.
 */
export async function documentOutput(plan: OutputPlan, stream = plannedStreamFormat(plan)): Promise<DocumentOutput> {
  // Config globs need fast-glob: loaded only when the config accepts gaps.
  const accept = plan.accept.length > 0 ? (await import("../config/apply-config-accepts.js")).applyConfigAccepts : undefined;
  return (checked) => {
    const result = accept ? accept(checked, plan.accept) : checked;
    const kept = plan.keepReports ? result : withoutEvidence(result);
    return stream ? { result: kept, streamed: stream.document(result) } : { result: kept };
  };
}

/** The plan's streamed format, if any, made once: the thread writing the report uses its header and footer too. */
export function plannedStreamFormat(plan: OutputPlan): StreamFormat | undefined {
  if (!plan.stream) return undefined;
  const context: FormatContext = { style: styler(plan.color), messages: messagesFor(plan.lang), failPolicy: plan.failPolicy, explain: plan.explain };
  return streamFormat(plan.stream, context, plan.head);
}
