import { describe, expect, it } from "vitest";
import { escapeMarkdown } from "../../src/formatters/escape-markdown.js";

describe("escapeMarkdown", () => {
  it.each([
    ["a | b", "a \\| b"],
    ["<script>alert(1)</script>", "\\<script\\>alert(1)\\</script\\>"],
    ["**negrita** y _cursiva_", "\\*\\*negrita\\*\\* y \\_cursiva\\_"],
    ["`código`", "\\`código\\`"],
    ["[enlace](https://x.example)", "\\[enlace\\](https://x.example)"],
    ["![imagen](x.png)", "!\\[imagen\\](x.png)"],
    ["C:\\ruta", "C:\\\\ruta"],
  ])("makes %j inert", (text, expected) => {
    expect(escapeMarkdown(text)).toBe(expected);
  });

  it("collapses line breaks so text cannot end a table row", () => {
    expect(escapeMarkdown("uno\n\n| dos |\r\ntres")).toBe("uno \\| dos \\| tres");
  });

  it("leaves accents, guillemets and ampersands as written", () => {
    expect(escapeMarkdown("«niñas» & niños")).toBe("«niñas» & niños");
  });
});
