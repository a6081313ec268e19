import { describe, expect, it } from "vitest";
import { StemIds } from "../../src/text/stem-ids.js";

describe("StemIds", () => {
  it("interns stems as 0, 1, 2… in order of first sight, the same id each time", () => {
    const ids = new StemIds();
    expect(ids.intern("migrant")).toBe(0);
    expect(ids.intern("derech")).toBe(1);
    expect(ids.intern("migrant")).toBe(0);
    expect(ids.intern("")).toBe(2);
    expect(ids.intern("niñ")).toBe(3);
  });

  it("find gives the id of an interned stem and -1 for any other, without interning it", () => {
    const ids = new StemIds();
    ids.intern("migrant");
    expect(ids.find("migrant")).toBe(0);
    expect(ids.find("derech")).toBe(-1);
    expect(ids.find("derech")).toBe(-1);
    expect(ids.intern("derech")).toBe(1);
    expect(ids.find("derech")).toBe(1);
  });

  it("stemOf gives back the stem of an id", () => {
    const ids = new StemIds();
    const stems = ["migrant", "derech", "Migrant", "niñ", "12", "𝐀"];
    const interned = stems.map((stem) => ids.intern(stem));
    expect(new Set(interned).size).toBe(stems.length);
    interned.forEach((id, i) => expect(ids.stemOf(id)).toBe(stems[i]));
    expect(ids.stemOf(ids.find("niñ"))).toBe("niñ");
  });

  it("keeps separate tables per instance", () => {
    const a = new StemIds();
    const b = new StemIds();
    a.intern("x");
    expect(b.find("x")).toBe(-1);
    expect(b.intern("y")).toBe(0);
    expect(a.find("y")).toBe(-1);
  });
});
