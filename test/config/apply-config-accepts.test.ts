import { describe, expect, it } from "vitest";
import { applyConfigAccepts } from "../../src/config/apply-config-accepts.js";
import type { DocumentReport } from "../../src/score/types.js";
import { canonicalReport } from "../fixtures/canonical-report.js";

const findings = { ...(canonicalReport.documents[0] as DocumentReport), file: "borradores/consular/decreto.md" };
const acceptedE5 = (result: ReturnType<typeof applyConfigAccepts>) =>
  "dimensions" in result ? result.dimensions.find((d) => d.id === "E5")?.accepted : undefined;

describe("applyConfigAccepts", () => {
  it.each([
    { files: undefined, accepted: true },
    { files: ["borradores/consular/*.md"], accepted: true },
    { files: ["borradores/**"], accepted: true },
    { files: ["otros/*.md", "**/decreto.md"], accepted: true },
    { files: ["borradores/*.md"], accepted: false },
    { files: ["decreto.md"], accepted: false },
  ])("files $files → accepted $accepted", ({ files, accepted }) => {
    const result = applyConfigAccepts(findings, [{ dimension: "E5", reason: "Norma consular.", ...(files ? { files } : {}) }]);
    expect(acceptedE5(result)).toEqual(accepted ? { reason: "Norma consular.", source: "config" } : undefined);
  });

  it("passes a document that could not be read through", () => {
    const error = { file: "x.pdf", error: "no text" };
    expect(applyConfigAccepts(error, [{ dimension: "E5", reason: "x" }])).toBe(error);
  });
});
