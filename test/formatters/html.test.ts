/**
 * HTML report: golden file, escaping of everything a draft or a file name can carry, and the
 * promise that the page loads nothing and runs no script.
 * After an intended change, regenerate the golden file with
 *   UPDATE_GOLDEN=1 npx vitest run test/formatters/html.test.ts
 * and review the diff as you would review code.
 */
import { describe, expect, it } from "vitest";
import { escapeHtml } from "../../src/formatters/escape-html.js";
import { formatHtml } from "../../src/formatters/html.js";
import type { FormatContext } from "../../src/formatters/types.js";
import { en } from "../../src/i18n/index.js";
import type { RunReport } from "../../src/report/types.js";
import { canonicalReport } from "../fixtures/canonical-report.js";
import { hostileReport } from "../fixtures/hostile-report.js";
import { expectGolden } from "./expect-golden.js";
import { formatContext } from "./format-context.js";

function htmlOf(report: RunReport = canonicalReport, context: Partial<FormatContext> = {}): string {
  return formatHtml(report, formatContext(context));
}

describe("html formatter", () => {
  it("matches test/golden/report.html", () => {
    expectGolden("report.html", htmlOf());
  });

  it("escapes &, <, >, quotes and apostrophes, and drops control characters", () => {
    expect(escapeHtml(`<a href="x" title='y'>&</a>`)).toBe("&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;&lt;/a&gt;");
    expect(escapeHtml("a\u0000\u001b[31mb\tc\nd")).toBe("a[31mb\tc\nd");
  });

  it("shows a script in a file name, a quote, a warning or an error only as text", () => {
    const html = htmlOf(hostileReport());
    expect(html).not.toMatch(/<script/i);
    expect(html).toContain("&lt;script&gt;alert(1)&lt;/script&gt;");
    expect(html).not.toMatch(/\u0000|\u001b/);
  });

  it("forbids the network with a Content-Security-Policy and references nothing outside the file", () => {
    const html = htmlOf();
    expect(html).toContain(`<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">`);
    expect(html).not.toMatch(/https?:\/\//);
    expect(html).not.toMatch(/<(script|link|iframe|object|embed|img)\b/i);
    expect(html).not.toMatch(/\son[a-z]+=/i);
    expect(html).not.toMatch(/javascript:|@import|url\(/i);
  });

  it("has a chart bar, a table row and a status for each of the 16 dimensions of a checked document", () => {
    const html = htmlOf();
    const firstDocument = html.slice(html.indexOf(`id="document-1"`), html.indexOf(`id="document-2"`));
    expect(firstDocument.match(/<g class="bar /g)).toHaveLength(16);
    expect(firstDocument.match(/<tr class="status-/g)).toHaveLength(16);
    for (const { id } of canonicalReport.policy.dimensions) expect(firstDocument).toContain(`<td class="id">${id}</td>`);
  });

  it("marks the thresholds, the gaps with the policy's words, the conflicts and the cited terms", () => {
    const html = htmlOf();
    expect(html).toContain("parcial ≥ 0.25");
    expect(html).toContain("cubierto ≥ 0.55");
    expect(html).toContain("Qué dice la política");
    expect(html).toContain("L3.d");
    expect(html).toContain("Sanción penal por ingreso o permanencia irregular.");
    expect(html).toContain(`<mark class="hl-conflict" title="P3">ingreso irregular</mark>`);
    expect(html).toContain(`<mark class="hl-status-partial" title="E6">niños</mark>`);
  });

  it("speaks English with the English catalogue", () => {
    const html = htmlOf(canonicalReport, { messages: en });
    expect(html).toContain(`<html lang="en">`);
    expect(html).toContain("Human rights approach");
    expect(html).toContain("Score by dimension");
    expect(html).not.toContain("Puntaje por dimensión");
  });

  it("is the same twice and leaves the report untouched", () => {
    const before = structuredClone(canonicalReport);
    expect(htmlOf()).toBe(htmlOf());
    expect(canonicalReport).toEqual(before);
  });
});
