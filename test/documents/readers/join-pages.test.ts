import { describe, expect, it } from "vitest";
import { joinPages } from "../../../src/documents/readers/join-pages.js";

describe("joinPages", () => {
  it("separates pages with a blank line and records each start", () => {
    expect(joinPages(["uno", "", "tres"])).toEqual({
      text: "uno\n\n\n\ntres",
      pages: [
        { page: 1, offset: 0 },
        { page: 2, offset: 5 },
        { page: 3, offset: 7 },
      ],
    });
  });
});
