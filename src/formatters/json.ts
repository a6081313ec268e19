import { isDocumentError, type DocumentResult, type PolicySummary, type RunReport, type RunReportHead, type RunSummary } from "../report/types.js";
import type { Citation, DimensionScore, DocumentReport, OverallScore, ScoreExplanation } from "../score/types.js";
import type { Messages } from "../i18n/messages.js";
import { roundTo4 } from "./numbers.js";
import { inPolicyOrder } from "./policy-lookup.js";
import type { Formatter } from "./types.js";

/*
 * The JSON report is a public contract (docs/json-schema.md): every object is built here field by
 * field, so names and key order never follow an internal refactor, and scores carry 4 decimals.
 */

export const formatJson: Formatter = (report, context) => `${JSON.stringify(jsonReport(report, context.messages), null, 2)}\n`;

export function jsonReport(report: RunReport, messages: Messages) {
  return {
    ...jsonHead(report),
    documents: report.documents.map((result) => jsonDocument(result, messages)),
    summary: jsonSummary(report.summary, report.policy),
  };
}

function jsonHead(report: RunReportHead) {
  return {
    schemaVersion: report.schemaVersion,
    tool: { name: report.tool.name, version: report.tool.version },
    policy: { id: report.policy.id, title: report.policy.title },
  };
}

/**
 * formatJson's output cut around its documents, so a run can write it document by document: the
 * same bytes as the whole report (JSON.stringify escapes every newline inside a string, so the
 * only newlines in a document's text are its own indentation).
 */
export function jsonReportPieces(head: RunReportHead, messages: Messages) {
  const indented = (value: unknown, indent: string) => JSON.stringify(value, null, 2).replaceAll("\n", `\n${indent}`);
  return {
    header: `${JSON.stringify(jsonHead(head), null, 2).slice(0, -"\n}".length)},\n  "documents": [`,
    separator: ",",
    document: (result: DocumentResult) => `\n    ${indented(jsonDocument(result, messages), "    ")}`,
    footer: (summary: RunSummary) =>
      `${summary.files > 0 ? "\n  " : ""}],\n  "summary": ${indented(jsonSummary(summary, head.policy), "  ")}\n}\n`,
  };
}

export function jsonDocument(result: DocumentResult, messages: Messages) {
  if (isDocumentError(result)) return { file: result.file, error: result.error };
  return jsonDocumentReport(result, messages);
}

function jsonDocumentReport(report: DocumentReport, messages: Messages) {
  return {
    file: report.file,
    format: report.format,
    score: roundTo4(report.score),
    overall: jsonOverall(report.overall),
    passages: report.passages,
    // Said in the report's language (--lang), like a file's error.
    warnings: report.warnings.map(messages.documentWarning),
    dimensions: report.dimensions.map(jsonDimension),
  };
}

function jsonOverall(overall: OverallScore) {
  return {
    score: roundTo4(overall.score),
    conflictFactor: roundTo4(overall.conflictFactor),
    terms: overall.terms.map((t) => ({
      id: t.id,
      score: roundTo4(t.score),
      conflict: t.conflict,
      counted: roundTo4(t.counted),
    })),
  };
}

function jsonDimension(dimension: DimensionScore) {
  return {
    id: dimension.id,
    kind: dimension.kind,
    title: dimension.title,
    score: roundTo4(dimension.score),
    status: dimension.status,
    conflict: dimension.conflict,
    ...(dimension.accepted ? { accepted: { reason: dimension.accepted.reason, source: dimension.accepted.source } } : {}),
    citations: dimension.citations.map(jsonCitation),
    conflicts: dimension.conflicts.map((c) => ({ ...jsonCitation(c), pattern: c.pattern, description: c.description })),
    explanation: jsonExplanation(dimension.explanation),
  };
}

function jsonCitation(citation: Citation) {
  return {
    label: citation.label,
    ...(citation.page !== undefined ? { page: citation.page } : {}),
    ...(citation.paragraph !== undefined ? { paragraph: citation.paragraph } : {}),
    startLine: citation.start.line,
    endLine: citation.end.line,
    startColumn: citation.start.column,
    endColumn: citation.end.column,
    startOffset: citation.span.start,
    endOffset: citation.span.end,
    text: citation.quote,
    score: roundTo4(citation.score),
    policyRef: citation.policyRef,
    terms: [...citation.terms],
  };
}

function jsonExplanation(explanation: ScoreExplanation) {
  return {
    passageMasses: explanation.passageMasses.map(roundTo4),
    evidence: roundTo4(explanation.evidence),
    bestSimilarity: roundTo4(explanation.bestSimilarity),
    saturation: roundTo4(explanation.saturation),
    thresholds: { partial: roundTo4(explanation.thresholds.partial), covered: roundTo4(explanation.thresholds.covered) },
    discarded: explanation.discarded.map((m) => ({ term: m.term, reason: m.reason, cue: m.cue, label: m.label, line: m.line })),
  };
}

function jsonSummary(summary: RunSummary, policy: PolicySummary) {
  return {
    files: summary.files,
    checked: summary.checked,
    errors: summary.errors,
    meanScore: roundTo4(summary.meanScore),
    byDimension: jsonByDimension(summary.byDimension, policy),
    failing: [...summary.failing],
  };
}

function jsonByDimension(byDimension: RunSummary["byDimension"], policy: PolicySummary) {
  const ordered = inPolicyOrder(
    Object.entries(byDimension).map(([id, counts]) => ({ id, counts })),
    policy,
  );
  return Object.fromEntries(
    ordered.map(({ id, counts }) => [
      id,
      { covered: counts.covered, partial: counts.partial, gap: counts.gap, conflicts: counts.conflicts },
    ]),
  );
}
