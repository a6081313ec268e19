import type { FailPolicy } from "../report/fail-policy.js";
import { SummaryCounter } from "../report/summarize.js";
import type { DocumentError, DocumentResult, RunSummary } from "../report/types.js";
import type { CheckedDocument } from "./document-output.js";
import type { StreamFormat } from "./stream-format.js";
import type { ReportSink } from "./write-output.js";

/** A report that goes out piece by piece, and where it goes. */
export interface Streaming {
  format: StreamFormat;
  sink: ReportSink;
}

/**
 * The run's documents as they come, in order: each streamed piece is written at once, and only
 * what the end of the run needs is kept (counts; whole reports only when a format needs them).
 */
export class RunCollector {
  readonly reports: DocumentResult[] = [];
  /** Files that could not be checked, for --quiet's lines on stderr. */
  readonly errors: DocumentError[] = [];
  private readonly counter: SummaryCounter;
  private pieces = 0;

  constructor(
    private readonly keepReports: boolean,
    failPolicy: FailPolicy,
    private readonly streaming?: Streaming,
  ) {
    this.counter = new SummaryCounter(failPolicy);
    streaming?.sink.write(streaming.format.header);
  }

  take({ result, streamed }: CheckedDocument): void {
    if (this.streaming && streamed !== undefined) {
      if (this.pieces++ > 0) this.streaming.sink.write(this.streaming.format.separator);
      this.streaming.sink.write(streamed);
    }
    if (this.keepReports) this.reports.push(result);
    this.counter.add(result);
    if ("error" in result) this.errors.push(result);
  }

  /** The run's counts, from the documents taken so far. */
  summary(): RunSummary {
    return this.counter.summary();
  }

  /** Ends the streamed report with its footer and puts it in place. */
  finish(summary: RunSummary): void {
    this.streaming?.sink.write(this.streaming.format.footer(summary));
    this.streaming?.sink.commit();
  }

  /** After finish this removes nothing; after Ctrl-C or an error, the half-written file goes. */
  discard(): void {
    this.streaming?.sink.discard();
  }
}
