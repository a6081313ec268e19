import type { FormatName } from "../cli/check-options.js";
import { formatCsv } from "./csv.js";
import { formatGithub } from "./github.js";
import { formatHtml } from "./html.js";
import { formatJson } from "./json.js";
import { formatJsonl } from "./jsonl.js";
import { formatJunit } from "./junit.js";
import { formatMarkdown } from "./markdown.js";
import { formatSarif } from "./sarif.js";
import { formatText } from "./text.js";
import type { Formatter } from "./types.js";

export type { FormatContext, Formatter, StyleName } from "./types.js";

/** Every output format by its --format name: adding a format is one line here. */
export const formatters: Record<FormatName, Formatter> = {
  text: formatText,
  json: formatJson,
  jsonl: formatJsonl,
  csv: formatCsv,
  markdown: formatMarkdown,
  sarif: formatSarif,
  github: formatGithub,
  junit: formatJunit,
  html: formatHtml,
};

