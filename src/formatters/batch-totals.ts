import type { Messages } from "../i18n/messages.js";
import type { RunSummary } from "../report/types.js";
import { twoDecimals } from "./numbers.js";

/** "3 archivos, 2 revisados, 1 con error; puntaje medio 0.37; 1 no cumple los umbrales" */
export function batchTotals(summary: RunSummary, messages: Messages): string {
  const counts = [
    messages.files(summary.files),
    messages.checked(summary.checked),
    ...(summary.errors ? [messages.errors(summary.errors)] : []),
  ];
  return [
    counts.join(", "),
    `${messages.meanScore} ${twoDecimals(summary.meanScore)}`,
    ...(summary.failing.length ? [messages.failing(summary.failing.length)] : []),
  ].join("; ");
}
