import { describe, expect, it } from "vitest";
import { wrapText } from "../../src/formatters/wrap.js";

describe("wrapText", () => {
  it("wraps at the width with the indent on every line", () => {
    expect(wrapText("uno dos tres cuatro cinco", 14, "  ")).toEqual(["  uno dos tres", "  cuatro cinco"]);
  });

  it("uses a different first indent for a hanging indent", () => {
    expect(wrapText("uno dos tres cuatro", 16, "         ", "  L1.a — ")).toEqual(["  L1.a — uno dos", "         tres", "         cuatro"]);
  });

  it("keeps a word longer than the line whole", () => {
    expect(wrapText("corto larguísimaaaaaaaa fin", 10, "")).toEqual(["corto", "larguísimaaaaaaaa", "fin"]);
  });

  it("gives no lines for empty text", () => {
    expect(wrapText("  \n ", 10, "  ")).toEqual([]);
  });
});
