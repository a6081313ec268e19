import type { Messages } from "../i18n/messages.js";
import { isDocumentError, type DocumentError, type PolicySummary } from "../report/types.js";
import type { DocumentReport } from "../score/types.js";
import { ciFindings, regionOf, type Finding, type FindingLevel } from "./ci-findings.js";
import { escapeCommandData, escapeCommandProperty } from "./escape-workflow-command.js";
import { closingAdviceLines, dimensionName, findingDetail } from "./finding-message.js";
import type { Formatter } from "./types.js";

type Command = "error" | "warning" | "notice";

interface Annotation {
  command: Command;
  properties: Array<[name: string, value: string | number]>;
  message: string;
}

/** GitHub shows at most 10 annotations of each kind per step and drops the rest without a word. */
const perStepLimit = 10;
const commandFor: Record<FindingLevel, Command> = { error: "error", warning: "warning", note: "notice" };

/**
 * GitHub Actions workflow commands: an annotation per finding, failing ones as errors, then, when
 * GitHub's per-step cap would hide some, one notice saying how many.
 */
export const formatGithub: Formatter = (report, context) => {
  const { messages, failPolicy } = context;
  // Unreadable documents first: the cap must never hide that a file went unchecked.
  const annotations = [
    ...report.documents.filter(isDocumentError).map((result) => errorAnnotation(result, messages)),
    ...report.documents
      .filter((result): result is DocumentReport => !isDocumentError(result))
      .flatMap((result) => ciFindings(result, report.policy, failPolicy))
      .map((finding) => findingAnnotation(finding, report.policy, messages)),
  ];
  const { shown, omitted } = capPerStep(annotations);
  const lines = shown.map(workflowCommand);
  if (omitted > 0) lines.push(`::notice::${escapeCommandData(messages.moreAnnotations(omitted))}`);
  return lines.map((line) => `${line}\n`).join("");
};

function errorAnnotation(result: DocumentError, messages: Messages): Annotation {
  return {
    command: "error",
    properties: [["file", result.file], ["title", "policylint"]],
    message: `${messages.couldNotCheck}: ${result.error}`,
  };
}

function findingAnnotation(finding: Finding, policy: PolicySummary, messages: Messages): Annotation {
  const isOpenGap = finding.kind === "dimension" && finding.dimension.status === "gap" && !finding.dimension.accepted;
  const advice = isOpenGap ? closingAdviceLines(finding.dimension.id, policy, messages) : [];
  return {
    command: commandFor[finding.level],
    properties: [
      ["file", finding.file],
      ...positionProperties(finding),
      ["title", dimensionName(finding.dimension, policy, messages)],
    ],
    message: [findingDetail(finding, messages), ...advice].join("\n"),
  };
}

/** A gap is about the whole document: line 1. A conflict spans its passage; columns only when it fits on one line. */
function positionProperties(finding: Finding): Annotation["properties"] {
  if (finding.kind === "dimension") return [["line", 1]];
  const region = regionOf(finding.conflict);
  const lines: Annotation["properties"] = [["line", region.startLine], ["endLine", region.endLine]];
  if (region.startLine !== region.endLine) return lines;
  return [...lines, ["col", region.startColumn], ["endColumn", region.endColumn]];
}

/** Keeps the first annotations of each kind up to the limit, saving one notice slot for the summary when anything is left out. */
function capPerStep(annotations: Annotation[]): { shown: Annotation[]; omitted: number } {
  const total = (command: Command) => annotations.filter((a) => a.command === command).length;
  const overflows = (["error", "warning", "notice"] as const).some((c) => total(c) > perStepLimit);
  const limit = (command: Command) => (command === "notice" && overflows ? perStepLimit - 1 : perStepLimit);
  const seen: Record<Command, number> = { error: 0, warning: 0, notice: 0 };
  const shown = annotations.filter((a) => ++seen[a.command] <= limit(a.command));
  return { shown, omitted: annotations.length - shown.length };
}

function workflowCommand({ command, properties, message }: Annotation): string {
  const list = properties.map(([name, value]) => `${name}=${escapeCommandProperty(String(value))}`).join(",");
  return `::${command} ${list}::${escapeCommandData(message)}`;
}
