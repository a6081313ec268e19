import type { FailPolicy } from "../report/fail-policy.js";
import type { RunReport } from "../report/types.js";
import type { Messages } from "../i18n/messages.js";

export type StyleName = "red" | "green" | "yellow" | "bold" | "dim" | "cyan";

/** Everything a formatter may know besides the report; built by the CLI. */
export interface FormatContext {
  /** Applies a terminal style; the identity when colour is off. */
  style: (name: StyleName, text: string) => string;
  messages: Messages;
  failPolicy: FailPolicy;
  /** Show the arithmetic and discarded mentions behind each score. */
  explain: boolean;
}

/** A pure function from the run's report to the text of one output format. */
export type Formatter = (report: RunReport, context: FormatContext) => string;
