import { escapeHtml } from "../escape-html.js";
import { pageStyles } from "./styles.js";

/** Nothing on the page may reach the network: no scripts at all, styles only inline, images only as data URIs. */
const contentSecurityPolicy = "default-src 'none'; style-src 'unsafe-inline'; img-src data:";

/** The self-contained page around a rendered body: CSP, inline CSS, no script, no external resource. */
export function htmlPage(page: { language: string; title: string; generator: string; body: string }): string {
  return [
    `<!DOCTYPE html>`,
    `<html lang="${escapeHtml(page.language)}">`,
    `<head>`,
    `<meta charset="utf-8">`,
    `<meta http-equiv="Content-Security-Policy" content="${contentSecurityPolicy}">`,
    `<meta name="viewport" content="width=device-width, initial-scale=1">`,
    `<meta name="generator" content="${escapeHtml(page.generator)}">`,
    `<title>${escapeHtml(page.title)}</title>`,
    `<style>`,
    pageStyles,
    `</style>`,
    `</head>`,
    `<body>`,
    page.body,
    `</body>`,
    `</html>`,
    "",
  ].join("\n");
}
