import { describe, expect, it } from "vitest";
import { statusFor } from "../../src/score/score-dimension.js";
import { overallScore } from "../../src/score/overall-score.js";
import type { DimensionScore } from "../../src/score/types.js";

describe("statusFor", () => {
  const thresholds = { partial: 0.2, covered: 0.5 };
  it.each([
    [0, "gap"],
    [0.19, "gap"],
    [0.2, "partial"],
    [0.49, "partial"],
    [0.5, "covered"],
    [1, "covered"],
  ])("%s → %s", (score, status) => expect(statusFor(score, thresholds)).toBe(status));

  it("a score of 0 is a gap even with a zero threshold", () => {
    expect(statusFor(0, { partial: 0, covered: 0 })).toBe("gap");
  });
});

describe("overallScore", () => {
  const d = (id: string, score: number, conflict: boolean) => ({ id, score, conflict }) as DimensionScore;
  it("is the mean with the conflict factor applied, and shows each term", () => {
    const overall = overallScore([d("A", 0.8, false), d("B", 0.6, true)], 0.5);
    expect(overall.terms.map((t) => t.counted)).toEqual([0.8, 0.3]);
    expect(overall.score).toBeCloseTo(0.55, 4);
  });
});
