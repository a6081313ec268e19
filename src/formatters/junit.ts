import type { Messages } from "../i18n/messages.js";
import { isDimensionFailing } from "../report/fail-policy.js";
import { isDocumentError, type DocumentError, type PolicySummary } from "../report/types.js";
import type { DocumentReport } from "../score/types.js";
import { escapeXmlAttribute } from "./escape-xml.js";
import { roundTo4 } from "./numbers.js";
import { inPolicyOrder } from "./policy-lookup.js";
import { junitTestcase } from "./junit-testcase.js";
import type { FormatContext, Formatter } from "./types.js";

interface Counts {
  tests: number;
  failures: number;
  errors: number;
  skipped: number;
}

/**
 * JUnit XML for CI test tabs: a test suite per document, a test case per dimension that fails as
 * isDimensionFailing says; accepted gaps are skipped with their reason; an unreadable document is
 * a suite with one error.
 */
export const formatJunit: Formatter = (report, context) => {
  const suites = report.documents.map((result) =>
    isDocumentError(result) ? errorSuite(result, context.messages) : documentSuite(result, report.policy, context),
  );
  const total = suites.reduce(addCounts, { tests: 0, failures: 0, errors: 0, skipped: 0 });
  return [
    `<?xml version="1.0" encoding="UTF-8"?>`,
    `<testsuites name="policylint" ${countAttributes(total)}>`,
    ...suites.map((s) => s.xml),
    `</testsuites>`,
    "",
  ].join("\n");
};

function documentSuite(report: DocumentReport, policy: PolicySummary, context: FormatContext): Counts & { xml: string } {
  const dimensions = inPolicyOrder(report.dimensions, policy);
  const counts: Counts = {
    tests: dimensions.length,
    failures: dimensions.filter((d) => isDimensionFailing(d, context.failPolicy)).length,
    errors: 0,
    skipped: dimensions.filter((d) => d.accepted).length,
  };
  const xml = [
    `  <testsuite name="${escapeXmlAttribute(report.file)}" ${countAttributes(counts)}>`,
    `    <properties>`,
    property("policy", policy.id),
    property("score", String(roundTo4(report.score))),
    `    </properties>`,
    ...dimensions.map((d) => junitTestcase(d, report.file, policy, context)),
    `  </testsuite>`,
  ].join("\n");
  return { ...counts, xml };
}

function errorSuite(result: DocumentError, messages: Messages): Counts & { xml: string } {
  const counts: Counts = { tests: 1, failures: 0, errors: 1, skipped: 0 };
  const name = escapeXmlAttribute(result.file);
  const xml = [
    `  <testsuite name="${name}" ${countAttributes(counts)}>`,
    `    <testcase classname="${escapeXmlAttribute(`policylint.${result.file}`)}" name="${escapeXmlAttribute(messages.couldNotCheck)}">`,
    `      <error message="${escapeXmlAttribute(result.error)}" type="document"/>`,
    `    </testcase>`,
    `  </testsuite>`,
  ].join("\n");
  return { ...counts, xml };
}

function property(name: string, value: string): string {
  return `      <property name="${escapeXmlAttribute(name)}" value="${escapeXmlAttribute(value)}"/>`;
}

function countAttributes(counts: Counts): string {
  return `tests="${counts.tests}" failures="${counts.failures}" errors="${counts.errors}" skipped="${counts.skipped}"`;
}

function addCounts(total: Counts, counts: Counts): Counts {
  return {
    tests: total.tests + counts.tests,
    failures: total.failures + counts.failures,
    errors: total.errors + counts.errors,
    skipped: total.skipped + counts.skipped,
  };
}
