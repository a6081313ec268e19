import type { Messages } from "../i18n/messages.js";
import { isDimensionFailing, type FailPolicy } from "../report/fail-policy.js";
import type { PolicySummary } from "../report/types.js";
import type { Citation, DimensionScore } from "../score/types.js";
import { escapeXml, escapeXmlAttribute } from "./escape-xml.js";
import { closingAdviceLines } from "./finding-message.js";
import { citationLocation } from "./location.js";
import { twoDecimals } from "./numbers.js";
import { quote } from "./quote.js";

/**
 * One dimension as a test case. Named by the policy id and its Spanish title whatever the report's
 * language, so CI keeps one history per test across runs in either language.
 */
export function junitTestcase(
  dimension: DimensionScore,
  file: string,
  policy: PolicySummary,
  context: { messages: Messages; failPolicy: FailPolicy },
): string {
  const open = `    <testcase classname="${escapeXmlAttribute(`policylint.${file}`)}" name="${escapeXmlAttribute(`${dimension.id} ${dimension.title}`)}"`;
  const outcome = testcaseOutcome(dimension, policy, context);
  return outcome ? `${open}>\n${outcome}\n    </testcase>` : `${open}/>`;
}

function testcaseOutcome(
  dimension: DimensionScore,
  policy: PolicySummary,
  { messages, failPolicy }: { messages: Messages; failPolicy: FailPolicy },
): string | undefined {
  if (dimension.accepted) {
    return `      <skipped message="${escapeXmlAttribute(`${messages.accepted}: ${dimension.accepted.reason}`)}"/>`;
  }
  if (!isDimensionFailing(dimension, failPolicy)) return undefined;
  const isConflict = dimension.conflict && failPolicy.failOnConflict;
  const message = isConflict
    ? `${messages.conflict} — ${dimension.conflicts.map((c) => c.description).join("; ")}`
    : `${messages.status[dimension.status]}, ${twoDecimals(dimension.score)}`;
  const details = failureDetails(dimension, policy, messages).join("\n");
  return `      <failure message="${escapeXmlAttribute(message)}" type="${failureType(dimension, isConflict)}">${escapeXml(details)}</failure>`;
}

/** gap | partial | conflict, or "score" for a covered dimension under its configured minimum. */
function failureType(dimension: DimensionScore, isConflict: boolean): string {
  if (isConflict) return "conflict";
  return dimension.status === "covered" ? "score" : dimension.status;
}

/** The conflicting passages, the policy's words with what would close the gap, and the citations found. */
function failureDetails(dimension: DimensionScore, policy: PolicySummary, messages: Messages): string[] {
  const conflicts = dimension.conflicts.map((c) => `${messages.conflict}: ${citationLine(c, messages)} — ${c.description}`);
  const advice = dimension.status === "covered" ? [] : closingAdviceLines(dimension.id, policy, messages);
  const citations = dimension.citations.length
    ? [`${messages.citationsHeading}:`, ...dimension.citations.map((c) => `- ${citationLine(c, messages)} → ${c.policyRef}`)]
    : [];
  return [...conflicts, ...advice, ...citations];
}

function citationLine(citation: Citation, messages: Messages): string {
  return `${citationLocation(citation, messages)}: ${quote(citation.quote)}`;
}
