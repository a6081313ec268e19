import type { ReportDiff } from "../../report/diff-reports.js";
import type { FormatContext } from "../types.js";
import { formatDiffJson } from "./json.js";
import { formatDiffMarkdown } from "./markdown.js";
import { formatDiffText } from "./text.js";

/** A pure function from a comparison of two drafts to the text of one output format. */
export type DiffFormatter = (diff: ReportDiff, context: FormatContext) => string;

export const diffFormatNames = ["text", "json", "markdown"] as const;
export type DiffFormatName = (typeof diffFormatNames)[number];

export const diffFormatters: Record<DiffFormatName, DiffFormatter> = {
  text: formatDiffText,
  json: formatDiffJson,
  markdown: formatDiffMarkdown,
};
