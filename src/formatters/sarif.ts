import type { Invocation, Location, Log, Notification, Result, Suppression } from "sarif";
import type { Messages } from "../i18n/messages.js";
import type { DimensionKind } from "../policy/types.js";
import { isDocumentError, type DocumentError, type PolicySummary } from "../report/types.js";
import type { DimensionScore, DocumentReport } from "../score/types.js";
import { artifactUri } from "./artifact-uri.js";
import { ciFindings, regionOf, type Finding } from "./ci-findings.js";
import { findingText } from "./finding-message.js";
import { sarifRules } from "./sarif-rules.js";
import { fnv1a } from "./string-hash.js";
import type { FormatContext, Formatter } from "./types.js";

const schemaUri = "https://json.schemastore.org/sarif-2.1.0.json";
/** Versioned so a change in what is hashed can move to v2 without code scanning mixing the two. */
const fingerprintKey = "policylintFinding/v1";

/**
 * SARIF 2.1.0 for GitHub code scanning: one run, a rule per dimension, a result per gap (anchored at
 * line 1, since a gap has no passage) and per conflicting passage; unreadable documents become
 * tool execution notifications.
 */
export const formatSarif: Formatter = (report, context) => {
  const checked = report.documents.filter((d): d is DocumentReport => !isDocumentError(d));
  const failed = report.documents.filter(isDocumentError);
  const ruleIndex = new Map(report.policy.dimensions.map((d, index) => [d.id, index]));
  const log: Log = {
    $schema: schemaUri,
    version: "2.1.0",
    runs: [
      {
        tool: {
          driver: {
            name: report.tool.name,
            version: report.tool.version,
            rules: sarifRules(report.policy, dimensionKinds(checked), context.messages),
          },
        },
        invocations: [invocation(failed, context.messages)],
        columnKind: "utf16CodeUnits",
        results: checked.flatMap((document) =>
          sarifFindings(document, report.policy, context).map((f) => sarifResult(f, ruleIndex, report.policy, context)),
        ),
      },
    ],
  };
  return `${JSON.stringify(log, null, 2)}\n`;
};

/** Code scanning alerts are for what a drafter should act on: gaps, conflicts and whatever fails; a partial that passes is left to the other formats. */
function sarifFindings(document: DocumentReport, policy: PolicySummary, context: FormatContext): Finding[] {
  return ciFindings(document, policy, context.failPolicy).filter(
    (f) => f.kind === "conflict" || f.dimension.status === "gap" || f.level === "error",
  );
}

function dimensionKinds(documents: DocumentReport[]): Map<string, DimensionKind> {
  return new Map(documents.flatMap((d) => d.dimensions.map((dimension) => [dimension.id, dimension.kind] as const)));
}

function invocation(failed: DocumentError[], messages: Messages): Invocation {
  return {
    executionSuccessful: failed.length === 0,
    ...(failed.length ? { toolExecutionNotifications: failed.map((d) => errorNotification(d, messages)) } : {}),
  };
}

function errorNotification(document: DocumentError, messages: Messages): Notification {
  return {
    level: "error",
    message: { text: `${document.file}: ${messages.couldNotCheck}: ${document.error}` },
    locations: [{ physicalLocation: { artifactLocation: artifactLocation(document.file) } }],
  };
}

function sarifResult(
  finding: Finding,
  ruleIndex: ReadonlyMap<string, number>,
  policy: PolicySummary,
  context: FormatContext,
): Result {
  const { dimension } = finding;
  const index = ruleIndex.get(dimension.id);
  return {
    ruleId: dimension.id,
    ...(index !== undefined ? { ruleIndex: index } : {}),
    level: finding.level,
    message: { text: findingText(finding, policy, context.messages) },
    locations: [location(finding)],
    partialFingerprints: { [fingerprintKey]: fingerprint(finding) },
    ...(finding.kind === "dimension" && dimension.accepted ? { suppressions: [suppression(dimension.accepted)] } : {}),
    properties: { status: dimension.status, score: dimension.score, conflict: dimension.conflict },
  };
}

function location(finding: Finding): Location {
  const region = finding.kind === "conflict" ? regionOf(finding.conflict) : { startLine: 1 };
  return { physicalLocation: { artifactLocation: artifactLocation(finding.file), region } };
}

function artifactLocation(file: string): { uri: string; uriBaseId: string } {
  return { uri: artifactUri(file), uriBaseId: "%SRCROOT%" };
}

/**
 * Rule, file and, for a conflict, the passage's label and pattern: stable while lines above the
 * passage are added or removed, which line numbers would not be.
 */
function fingerprint(finding: Finding): string {
  const passage = finding.kind === "conflict" ? [finding.conflict.label, finding.conflict.pattern] : [];
  return fnv1a([finding.dimension.id, finding.file, ...passage].join("\u0000"));
}

function suppression(accepted: NonNullable<DimensionScore["accepted"]>): Suppression {
  return { kind: accepted.source === "inline" ? "inSource" : "external", justification: accepted.reason };
}
