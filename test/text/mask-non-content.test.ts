import { describe, expect, it } from "vitest";
import { maskNonContent } from "../../src/text/mask-non-content.js";

describe("maskNonContent", () => {
  it.each([
    "Artículo 1.- Objeto\n<!-- policylint-disable P6: no trata el aporte de los migrantes -->\nTexto.",
    "Texto.\r\n  policylint-disable E5: solo trámites consulares\r\nMás texto.",
    "<!-- un comentario\nde dos líneas -->",
  ])("keeps length and line breaks and blanks markers: %j", (text) => {
    const masked = maskNonContent(text);
    expect(masked).toHaveLength(text.length);
    expect(masked.split("\n").length).toBe(text.split("\n").length);
    expect(masked).not.toMatch(/policylint-disable|migrantes|consulares|comentario/);
  });

  it("leaves ordinary text alone", () => {
    const text = "Artículo 2.- Las personas migrantes <acceden> a la salud.";
    expect(maskNonContent(text)).toBe(text);
  });
});
