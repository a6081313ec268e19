import type { FormatContext, StyleName } from "../../src/formatters/types.js";
import { es } from "../../src/i18n/index.js";

/** A colour style that stays readable in golden files: <red>brecha</red>. */
export function tagStyle(name: StyleName, text: string): string {
  return `<${name}>${text}</${name}>`;
}

/** The context the CLI builds by default (Spanish, no colour, no --explain), with overrides. */
export function formatContext(overrides: Partial<FormatContext> = {}): FormatContext {
  return {
    style: (_name, text) => text,
    messages: es,
    failPolicy: { failOn: "gap", failOnConflict: true },
    explain: false,
    ...overrides,
  };
}
