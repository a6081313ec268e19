import { describe, expect, it } from "vitest";
import { decodeWindows1252 } from "../../../src/documents/readers/windows-1252.js";

describe("decodeWindows1252", () => {
  it("maps 0x80–0x9F to the characters Windows shows, not to C1 controls", () => {
    expect(decodeWindows1252(Uint8Array.of(0x93, 0x41, 0x94, 0x80, 0x96, 0x97, 0x85, 0x92))).toBe("“A”€–—…’");
  });

  it("keeps Latin-1 letters and the five undefined bytes", () => {
    expect(decodeWindows1252(Uint8Array.of(0xf1, 0xe1, 0xd1, 0x81, 0x9d))).toBe("ñáÑ\x81\x9d");
  });

  it("decodes a view into a larger buffer from its own offset", () => {
    const bytes = Buffer.from([0x58, 0x93, 0x59]).subarray(1, 2);
    expect(decodeWindows1252(bytes)).toBe("“");
  });
});
