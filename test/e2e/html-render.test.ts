/**
 * Opens the HTML report of the canonical report in headless Chromium: no console or page errors,
 * no request leaves the file, the 16 dimension ids are visible, and the CSS-only filter works.
 * `UPDATE_SCREENSHOT=1 npx vitest run test/e2e/html-render.test.ts` also refreshes docs/html-report.png.
 */
import { existsSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { chromium, type Locator } from "playwright-core";
import { describe, expect, it } from "vitest";
import { formatHtml } from "../../src/formatters/html.js";
import { canonicalReport } from "../fixtures/canonical-report.js";
import { formatContext } from "../formatters/format-context.js";
import { repoRoot } from "../helpers.js";

const executablePath = "/usr/bin/chromium";
// Without the background-networking flags Chromium keeps trying hosts this machine cannot reach.
const args = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];
const hasChromium = existsSync(executablePath);
const skipReason = hasChromium ? "" : ` (skipped: ${executablePath} not found; apt-get install -y chromium)`;
const screenshot = path.join(repoRoot, "docs", "html-report.png");
const dimensionIds = canonicalReport.policy.dimensions.map((d) => d.id);

function visibleCount(rows: Locator): Promise<number> {
  return rows.filter({ visible: true }).count();
}

describe("the HTML report in a browser", () => {
  it.skipIf(!hasChromium)(
    `renders without errors or requests, shows the 16 dimensions and filters rows${skipReason}`,
    async () => {
      const dir = mkdtempSync(path.join(tmpdir(), "policylint-html-"));
      const file = path.join(dir, "report.html");
      writeFileSync(file, formatHtml(canonicalReport, formatContext()), "utf8");
      const browser = await chromium.launchPersistentContext(path.join(dir, "profile"), {
        executablePath,
        args,
        viewport: { width: 1200, height: 1240 },
      });
      try {
        const page = browser.pages()[0] ?? (await browser.newPage());
        const problems: string[] = [];
        page.on("console", (m) => ["error", "warning"].includes(m.type()) && problems.push(`console ${m.type()}: ${m.text()}`));
        page.on("pageerror", (error) => problems.push(`page error: ${error.message}`));
        page.on("request", (r) => r.url().startsWith("file:") || problems.push(`request: ${r.url()}`));
        await page.goto(pathToFileURL(file).href);

        const document = page.locator("#document-1");
        for (const id of dimensionIds) {
          expect(await document.locator("td.id").getByText(id, { exact: true }).isVisible(), `${id} in the table`).toBe(true);
          expect(await document.locator(".bar-id").getByText(id, { exact: true }).isVisible(), `${id} in the chart`).toBe(true);
        }
        const rows = document.locator("table.dimensions tbody tr");
        expect(await visibleCount(rows)).toBe(16);
        await page.locator("#only-issues").check();
        expect(await visibleCount(rows)).toBe(14);
        await page.locator("#only-issues").uncheck();

        if (process.env.UPDATE_SCREENSHOT === "1") await page.screenshot({ path: screenshot });
        expect(problems).toEqual([]);
      } finally {
        await browser.close();
        rmSync(dir, { recursive: true, force: true });
      }
    },
    60_000,
  );
});
