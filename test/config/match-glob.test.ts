import { describe, expect, it } from "vitest";
import { matchesGlob } from "../../src/config/match-glob.js";

describe("matchesGlob", () => {
  it.each([
    { file: "borradores/decreto.md", pattern: "borradores/decreto.md", matches: true },
    { file: "borradores/decreto.md", pattern: "./borradores/decreto.md", matches: true },
    { file: "borradores/decreto.md", pattern: "borradores/otro.md", matches: false },
    { file: "borradores/decreto.md", pattern: "borradores/*.md", matches: true },
    { file: "borradores/2026/decreto.md", pattern: "borradores/*.md", matches: false },
    { file: "borradores/2026/decreto.md", pattern: "borradores/**/*.md", matches: true },
    { file: "borradores/decreto.md", pattern: "borradores/**/*.md", matches: true },
    { file: "decreto.md", pattern: "**/*.md", matches: true },
    { file: "a/b/c/decreto.md", pattern: "**", matches: true },
    { file: "borradores/decreto-v2.md", pattern: "borradores/decreto-v?.md", matches: true },
    { file: "borradores/decreto-v10.md", pattern: "borradores/decreto-v?.md", matches: false },
    { file: "borradores/decreto.docx", pattern: "borradores/*.{md,docx}", matches: true },
    { file: "borradores/decreto.pdf", pattern: "borradores/*.{md,docx}", matches: false },
    { file: "borradoresXdecreto.md", pattern: "borradores.decreto.md", matches: false },
    { file: "informe (v2).md", pattern: "informe (v2).md", matches: true },
    { file: "informe (v2).md", pattern: "*(v2).md", matches: true },
    { file: "a+b.md", pattern: "a+b*.md", matches: true },
  ])("$file ~ $pattern → $matches", ({ file, pattern, matches }) => {
    expect(matchesGlob(file, pattern)).toBe(matches);
  });
});
