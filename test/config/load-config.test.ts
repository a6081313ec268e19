import path from "node:path";
import { describe, expect, it } from "vitest";
import { configTemplate } from "../../src/config/config-template.js";
import { assertConfigMatchesPolicy, loadConfig } from "../../src/config/load-config.js";
import { InvalidSourceError, PolicylintError } from "../../src/errors.js";
import { tempTree } from "./config-files.js";

const policyIds = ["E1", "E2", "E3", "E4", "E5", "E6", "P1", "P2", "P3", "P4", "P5", "P6", "P7", "P8", "P9", "P10"];

async function problemsOf(text: string): Promise<string[]> {
  const root = tempTree({ "policylint.config.yaml": text });
  try {
    assertConfigMatchesPolicy(await loadConfig(path.join(root, "policylint.config.yaml"), root), policyIds);
    return [];
  } catch (error) {
    if (!(error instanceof InvalidSourceError)) throw error;
    expect(error.kind).toBe("config");
    return error.message.split("\n");
  }
}

describe("loadConfig", () => {
  it("reads every key", async () => {
    const root = tempTree({
      "sub/policylint.config.yaml": [
        "policy: politica.yaml",
        "format: json",
        "outputFormats: { sarif: out.sarif }",
        "lang: en",
        "failOn: partial",
        "minScore: 0.4",
        "failOnConflict: false",
        "dimensions: { E1: { minScore: 0.6 } }",
        "required: [P2]",
        "ignore: ['**/anexos/**']",
        "jobs: 2",
        "maxSize: 5MB",
        "accept:",
        "  - { dimension: E5, reason: Consular, files: ['borradores/*.md'] }",
      ].join("\n"),
    });
    const config = await loadConfig(path.join(root, "sub", "policylint.config.yaml"), root);
    expect(config.display).toBe("sub/policylint.config.yaml");
    expect(config.dir).toBe(path.join(root, "sub"));
    expect(config.value).toMatchObject({ format: "json", failOn: "partial", minScore: 0.4, jobs: 2, maxSize: "5MB", required: ["P2"] });
    expect(config.value.accept).toEqual([{ dimension: "E5", reason: "Consular", files: ["borradores/*.md"] }]);
  });

  it("accepts an empty file, and one with only comments", async () => {
    expect(await problemsOf("")).toEqual([]);
    expect(await problemsOf("# nada todavía\n")).toEqual([]);
  });

  it.each([
    { text: "lang: es\nfailOn: brechas\n", problems: [/^policylint\.config\.yaml:2:9: failOn: Invalid option/] },
    { text: "lang: es\nfailOnn: gap\n", problems: [/^policylint\.config\.yaml:2:10: failOnn: unknown key "failOnn"$/] },
    { text: "minScore: alto\n", problems: [/^policylint\.config\.yaml:1:11: minScore: .*expected number/] },
    { text: "minScore: 1.5\n", problems: [/^policylint\.config\.yaml:1:11: minScore: .*<=1/] },
    { text: "jobs: 0\n", problems: [/:1:7: jobs: /] },
    { text: "maxSize: mucho\n", problems: [/:1:10: maxSize: /] },
    { text: "failOnConflict: si\n", problems: [/:1:17: failOnConflict: .*boolean/] },
    { text: "outputFormats:\n  yaml: out.yaml\n", problems: [/:2:9: outputFormats\.yaml: unknown key "yaml"/] },
    { text: "accept:\n  - dimension: E5\n    reason: ''\n", problems: [/:3:13: accept\.0\.reason: an accepted gap needs a reason/] },
    { text: "accept:\n  - dimension: E5\n", problems: [/:2:5: accept\.0\.reason: an accepted gap needs a reason$/] },
    { text: "accept:\n  - reason: x\n", problems: [/:2:5: accept\.0\.dimension: an accepted gap names its dimension/] },
    { text: "accept:\n  - dimension: E5\n    reason: x\n    file: a.md\n", problems: [/:4:11: accept\.0\.file: unknown key "file"/] },
    { text: "dimensions:\n  E9:\n    minScore: 0.5\n", problems: [/:3:5: dimensions\.E9: unknown dimension "E9"/] },
    { text: "required: [E1, Z3]\n", problems: [/:1:16: required\.1: unknown dimension "Z3"/] },
    { text: "accept:\n  - dimension: P11\n    reason: x\n", problems: [/:2:16: accept\.0\.dimension: unknown dimension "P11"/] },
    { text: "lang: es\nlang: en\n", problems: [/:2:1: .*[Uu]nique/] },
    { text: "lang: [es\n", problems: [/^policylint\.config\.yaml:\d+:\d+: /] },
    {
      text: "failOn: todo\njobs: muchos\nextra: 1\n",
      problems: [/:1:9: failOn/, /:2:7: jobs/, /:3:8: extra: unknown key/],
    },
  ])("$text", async ({ text, problems }) => {
    const lines = await problemsOf(text);
    expect(lines).toHaveLength(problems.length);
    problems.forEach((pattern, i) => expect(lines[i]).toMatch(pattern));
  });

  it("names a config it cannot read", async () => {
    const root = tempTree({});
    await expect(loadConfig(path.join(root, "nope.yaml"), root)).rejects.toThrow(PolicylintError);
    await expect(loadConfig(path.join(root, "nope.yaml"), root)).rejects.toThrow(/nope\.yaml: cannot read the config \(file not found\)/);
  });

  it("the template `init` writes is a valid config with every key documented", async () => {
    expect(await problemsOf(configTemplate)).toEqual([]);
    for (const key of ["policy", "format", "outputFormats", "lang", "failOn", "minScore", "failOnConflict", "dimensions", "required", "ignore", "jobs", "maxSize", "accept"]) {
      expect(configTemplate).toMatch(new RegExp(`^#.*\\n#? ?${key}:`, "m"));
    }
  });
});
