import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { streamFilters } from "../../../src/documents/readers/pdf-stream-filters.js";

const decode = (name: string, data: Uint8Array, limit = 1 << 20) => {
  const decoder = streamFilters.get(name);
  if (!decoder) throw new Error(`no decoder for ${name}`);
  const out = decoder(data, limit);
  return out === undefined ? undefined : Buffer.from(out).toString("latin1");
};

describe("PDF stream filters", () => {
  it("decode the examples of the PDF reference and of the encodings", () => {
    expect(decode("LZWDecode", Buffer.from("800B6050220C0C8501", "hex"))).toBe("-----A---B");
    // In a PDF stream ASCII85 has no "<~" before it; "~>" ends it.
    expect(decode("ASCII85Decode", Buffer.from("9jqo^BlbD-BleB1DJ+*+F(f,q~>"))).toBe("Man is distinguished");
    expect(decode("ASCII85Decode", Buffer.from("z9jqo^~>"))).toBe("\0\0\0\0Man ");
    expect(decode("ASCIIHexDecode", Buffer.from("48 65 6c\n6C 6f7>ignored"))).toBe("Hellop");
    expect(decode("RunLengthDecode", Buffer.from([2, 97, 98, 99, 254, 120, 128, 65]))).toBe("abcxxx");
  });

  it("know pdf.js's short names", () => {
    for (const [short, full] of [["Fl", "FlateDecode"], ["LZW", "LZWDecode"], ["RL", "RunLengthDecode"], ["AHx", "ASCIIHexDecode"], ["A85", "ASCII85Decode"]]) {
      expect(streamFilters.get(short as string)).toBe(streamFilters.get(full as string));
    }
  });

  it("stop as soon as the output would pass the limit", () => {
    expect(decode("LZWDecode", Buffer.from("800B6050220C0C8501", "hex"), 9)).toBeUndefined();
    expect(decode("RunLengthDecode", Buffer.from([129, 120]), 127)).toBeUndefined();
    expect(decode("RunLengthDecode", Buffer.from([129, 120]), 128)).toBe("x".repeat(128));
    expect(decode("ASCII85Decode", Buffer.from("zz~>"), 7)).toBeUndefined();
  });

  it("never throw, and never give more than the limit, on arbitrary bytes", () => {
    fc.assert(
      fc.property(fc.constantFrom(...streamFilters.keys()), fc.uint8Array({ maxLength: 300 }), fc.integer({ min: 0, max: 2000 }), (name, data, limit) => {
        const out = streamFilters.get(name)?.(data, limit);
        if (out !== undefined) expect(out.length).toBeLessThanOrEqual(Math.max(limit, 1));
      }),
    );
  });
});
