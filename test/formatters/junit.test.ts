/**
 * JUnit XML: golden file, well-formedness, counts, and hostile text.
 * After an intended change, regenerate the golden file with
 *   UPDATE_GOLDEN=1 npx vitest run test/formatters/junit.test.ts
 * and review the diff as you would review code.
 */
import { XMLParser, XMLValidator } from "fast-xml-parser";
import { describe, expect, it } from "vitest";
import { escapeXml, escapeXmlAttribute } from "../../src/formatters/escape-xml.js";
import { formatJunit } from "../../src/formatters/junit.js";
import type { FormatContext } from "../../src/formatters/types.js";
import type { RunReport } from "../../src/report/types.js";
import { canonicalReport } from "../fixtures/canonical-report.js";
import { hostileFile, hostileReport } from "../fixtures/hostile-report.js";
import { expectGolden } from "./expect-golden.js";
import { formatContext } from "./format-context.js";

interface Testcase {
  "@_name": string;
  "@_classname": string;
  failure?: { "@_message": string; "@_type": string; "#text"?: string };
  skipped?: { "@_message": string };
  error?: { "@_message": string };
}

interface Testsuite {
  "@_name": string;
  "@_tests": string;
  "@_failures": string;
  "@_errors": string;
  "@_skipped": string;
  testcase: Testcase[];
}

function junitOf(report: RunReport = canonicalReport, context: Partial<FormatContext> = {}): string {
  return formatJunit(report, formatContext(context));
}

function parse(xml: string): { "@_tests": string; "@_failures": string; "@_errors": string; testsuite: Testsuite[] } {
  const parser = new XMLParser({
    ignoreAttributes: false,
    attributeNamePrefix: "@_",
    isArray: (name) => name === "testsuite" || name === "testcase",
  });
  return parser.parse(xml).testsuites;
}

/** Characters XML 1.0 forbids even as references. */
const illegalInXml = /[^\t\n\r\u0020-\ud7ff\ue000-\ufffd\u{10000}-\u{10ffff}]/u;

describe("junit formatter", () => {
  it("matches test/golden/report.junit.xml", () => {
    expectGolden("report.junit.xml", junitOf());
  });

  it("is well-formed XML with a suite per document and a case per dimension", () => {
    const xml = junitOf();
    expect(XMLValidator.validate(xml)).toBe(true);
    const root = parse(xml);
    expect(root.testsuite.map((s) => s["@_name"])).toEqual(canonicalReport.documents.map((d) => d.file));
    const [findings, clean, broken] = root.testsuite as [Testsuite, Testsuite, Testsuite];
    expect(findings.testcase.map((c) => c["@_name"].split(" ")[0])).toEqual(canonicalReport.policy.dimensions.map((d) => d.id));
    expect(findings.testcase[0]!["@_name"]).toBe("E1 Enfoque de derechos humanos");
    expect(findings.testcase[0]!["@_classname"]).toBe(`policylint.${canonicalReport.documents[0]!.file}`);
    expect([findings["@_tests"], findings["@_failures"], findings["@_errors"], findings["@_skipped"]]).toEqual(["16", "12", "0", "1"]);
    expect(findings.testcase.filter((c) => c.failure)).toHaveLength(12);
    expect([clean["@_tests"], clean["@_failures"]]).toEqual(["16", "0"]);
    expect([broken["@_tests"], broken["@_errors"]]).toEqual(["1", "1"]);
    expect(broken.testcase[0]!.error!["@_message"]).toBe("corrupt DOCX: end of central directory not found");
    expect([root["@_tests"], root["@_failures"], root["@_errors"]]).toEqual(["33", "12", "1"]);
  });

  it("types failures as gap, partial or conflict and puts the policy's words in the body", () => {
    const [findings] = parse(junitOf(canonicalReport, { failPolicy: { failOn: "partial", failOnConflict: true } })).testsuite;
    const byId = (id: string) => findings!.testcase.find((c) => c["@_name"].startsWith(`${id} `))!;
    expect(byId("E5").failure!["@_type"]).toBe("gap");
    expect(byId("E5").failure!["#text"]).toContain("Qué dice la política: El enfoque intercultural");
    expect(byId("E5").failure!["#text"]).toContain("Considerando (línea 3)");
    expect(byId("E6").failure!["@_type"]).toBe("partial");
    expect(byId("P3").failure!["@_type"]).toBe("conflict");
    expect(byId("P3").failure!["#text"]).toContain("Artículo 9 (línea 20)");
  });

  it("skips accepted gaps with their reason", () => {
    const [findings] = parse(junitOf()).testsuite;
    const accepted = findings!.testcase.find((c) => c["@_name"].startsWith("E2 "))!;
    expect(accepted.skipped!["@_message"]).toBe("aceptada: El decreto regula solo trámites consulares.");
    expect(accepted.failure).toBeUndefined();
  });

  it("stays valid XML with <, &, ]]>, quotes, control characters and lone surrogates in the text", () => {
    const xml = junitOf(hostileReport());
    expect(XMLValidator.validate(xml)).toBe(true);
    expect(xml).not.toMatch(illegalInXml);
    expect(xml).not.toContain("<script>");
    expect(xml).not.toContain("]]>");
    const root = parse(xml);
    expect(root.testsuite[0]!["@_name"]).toBe(hostileFile);
  });

  it("escapes markup, drops what XML 1.0 cannot hold, and keeps line breaks in attributes", () => {
    expect(escapeXml(`a<b>&"c"'d' ]]>`)).toBe("a&lt;b&gt;&amp;&quot;c&quot;&apos;d&apos; ]]&gt;");
    expect(escapeXml("x\u0000\u0007\u001b\ud800\ufffe\uffffy\t\n")).toBe("xy\t\n");
    expect(escapeXml("😀 ñ")).toBe("😀 ñ");
    expect(escapeXmlAttribute("a\nb\tc\rd")).toBe("a&#10;b&#9;c&#13;d");
  });
});
