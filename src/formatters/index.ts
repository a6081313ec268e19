import type { FormatName } from "../cli/check-options.js";
import { PolicylintError } from "../errors.js";
import { formatCsv } from "./csv.js";
import { formatJson } from "./json.js";
import { formatJsonl } from "./jsonl.js";
import { formatMarkdown } from "./markdown.js";
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
  sarif: notYetAvailable("sarif"),
  github: notYetAvailable("github"),
  junit: notYetAvailable("junit"),
  html: notYetAvailable("html"),
};

/** Holds the place of a format whose formatter is still being written; replace the line when it lands. */
function notYetAvailable(name: FormatName): Formatter {
  return () => {
    throw new PolicylintError("usage", `--format ${name} is not available in this build yet`);
  };
}
