import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { run } from "../../src/cli/run.js";
import { loadConfig } from "../../src/config/load-config.js";
import { fakeIo } from "../cli/fake-io.js";
import { miniDrafts, miniPolicy } from "../cli/mini-drafts.js";
import { tempTree } from "./config-files.js";

const check = ["check", "--jobs", "1", "--no-progress"];
const withMiniPolicy = (rest = "") => `policy: ${JSON.stringify(miniPolicy)}\n${rest}`;

async function runIn(cwd: string, argv: string[]) {
  const io = fakeIo({ cwd });
  const code = await run(argv, io);
  return { code, out: io.out(), err: io.err() };
}

function dimension(out: string, id: string) {
  return JSON.parse(out).documents[0].dimensions.find((d: { id: string }) => d.id === id);
}

describe("policylint init", () => {
  it("writes a commented config that loads as valid, and refuses to overwrite it", async () => {
    const dir = tempTree({});
    const first = await runIn(dir, ["init"]);
    expect(first.code).toBe(0);
    expect(first.out).toMatch(/policylint\.config\.yaml/);
    const file = path.join(dir, "policylint.config.yaml");
    const written = readFileSync(file, "utf8");
    expect((await loadConfig(file, dir)).value).toMatchObject({ lang: "es", failOn: "gap", failOnConflict: true });

    const again = await runIn(dir, ["init"]);
    expect(again.code).toBe(2);
    expect(again.err).toMatch(/already exists/);
    expect(readFileSync(file, "utf8")).toBe(written);
  });

  it("does not add a second config beside a .policylintrc.yaml", async () => {
    const dir = tempTree({ ".policylintrc.yaml": "lang: en\n" });
    expect((await runIn(dir, ["init"])).code).toBe(2);
    expect(existsSync(path.join(dir, "policylint.config.yaml"))).toBe(false);
  });
});

describe("check with a config file", () => {
  it("an invalid config fails with file:line:col and exit 2; --no-config skips it", async () => {
    const dir = tempTree({ "policylint.config.yaml": "lang: es\nfailOn: todo\n", "sub/.keep": "" });
    const result = await runIn(path.join(dir, "sub"), [...check, "x.md"]);
    expect(result.code).toBe(2);
    expect(result.err).toBe("../policylint.config.yaml:2:9: failOn: Invalid option: expected one of \"gap\"|\"partial\"|\"none\"\n");
    expect((await runIn(path.join(dir, "sub"), [...check, "--no-config"])).err).toMatch(/no documents given/);
  });

  it("checks the config's dimension ids against the policy", async () => {
    const dir = tempTree({ "policylint.config.yaml": "accept:\n  - dimension: E9\n    reason: x\n" });
    const result = await runIn(dir, [...check, "x.md"]);
    expect(result.code).toBe(2);
    expect(result.err).toMatch(/^policylint\.config\.yaml:2:16: accept\.0\.dimension: unknown dimension "E9"/);
  });

  it("the config's policy is relative to the config's folder; --policy on the command line wins", async () => {
    const dir = tempTree({ "cfg/policylint.config.yaml": "policy: politicas/desde-config.yaml\n" });
    const fromConfig = await runIn(dir, [...check, "--config", "cfg/policylint.config.yaml", "x.md"]);
    expect(fromConfig.err).toMatch(/cfg\/politicas\/desde-config\.yaml: cannot read the policy/);
    const fromCli = await runIn(dir, [...check, "--config", "cfg/policylint.config.yaml", "--policy", "desde-cli.yaml", "x.md"]);
    expect(fromCli.err).toBe("policylint: desde-cli.yaml: cannot read the policy (file not found)\n");
  });

  it("--config names a file that must exist", async () => {
    const result = await runIn(tempTree({}), [...check, "--config", "no-hay.yaml", "x.md"]);
    expect(result.code).toBe(2);
    expect(result.err).toMatch(/no-hay\.yaml: cannot read the config \(file not found\)/);
  });

  it("config values apply, and only flags typed on the command line override them", async () => {
    const dir = tempTree({
      "policylint.config.yaml": withMiniPolicy("failOn: none\nformat: json\n"),
      "borrador.md": miniDrafts.withoutGender,
    });
    const fromConfig = await runIn(dir, [...check, "borrador.md"]);
    expect(fromConfig.code).toBe(0);
    expect(JSON.parse(fromConfig.out).documents).toHaveLength(1);
    const overridden = await runIn(dir, [...check, "borrador.md", "--fail-on", "gap", "--format", "text"]);
    expect(overridden.code).toBe(1);
    expect(overridden.out).toMatch(/brecha/);
  });

  it.each([
    { name: "a required dimension", settings: "failOn: none\nrequired: [G1]\n" },
    { name: "a per-dimension minimum", settings: "failOn: none\ndimensions:\n  C1: { minScore: 0.99 }\n" },
  ])("$name from the config fails a document even with failOn none", async ({ settings }) => {
    const dir = tempTree({ "policylint.config.yaml": withMiniPolicy(settings), "borrador.md": miniDrafts.withoutGender });
    expect((await runIn(dir, [...check, "borrador.md"])).code).toBe(1);
  });
});

describe("accepted gaps", () => {
  it("a gap accepted in the config is reported with its reason and no longer fails", async () => {
    const dir = tempTree({ "policylint.config.yaml": withMiniPolicy(), "borradores/consular.md": miniDrafts.withoutGender });
    expect((await runIn(dir, [...check, "borradores/consular.md"])).code).toBe(1);

    const config = withMiniPolicy("accept:\n  - dimension: G1\n    reason: Norma consular.\n    files: ['borradores/*.md']\n");
    const accepted = tempTree({ "policylint.config.yaml": config, "borradores/consular.md": miniDrafts.withoutGender });
    const json = await runIn(accepted, [...check, "borradores/consular.md", "--format", "json"]);
    expect(json.code).toBe(0);
    expect(dimension(json.out, "G1")).toMatchObject({ status: "gap", accepted: { reason: "Norma consular.", source: "config" } });
    const text = await runIn(accepted, [...check, "borradores/consular.md"]);
    expect(text.out).toMatch(/aceptada: Norma consular\./);
  });

  it("files limits where the config accepts a gap", async () => {
    const config = withMiniPolicy("accept:\n  - dimension: G1\n    reason: Norma consular.\n    files: ['otros/*.md']\n");
    const dir = tempTree({ "policylint.config.yaml": config, "borradores/consular.md": miniDrafts.withoutGender });
    expect((await runIn(dir, [...check, "borradores/consular.md"])).code).toBe(1);
  });

  it.each([
    { name: "a Markdown comment", file: "borrador.md", marker: "<!-- policylint-disable G1: Lo regula otra norma. -->" },
    { name: "a paragraph of its own", file: "borrador.txt", marker: "policylint-disable G1: Lo regula otra norma." },
  ])("inline, as $name", async ({ file, marker }) => {
    const dir = tempTree({ [file]: `${marker}\n\n${miniDrafts.withoutGender}` });
    const result = await runIn(dir, [...check, file, "--policy", miniPolicy, "--format", "json"]);
    expect(result.code).toBe(0);
    expect(dimension(result.out, "G1").accepted).toEqual({ reason: "Lo regula otra norma.", source: "inline" });
  });

  it("an inline marker without a reason is ignored with a warning", async () => {
    const dir = tempTree({ "borrador.md": `<!-- policylint-disable G1 -->\n\n${miniDrafts.withoutGender}` });
    const result = await runIn(dir, [...check, "borrador.md", "--policy", miniPolicy, "--format", "json"]);
    expect(result.code).toBe(1);
    expect(JSON.parse(result.out).documents[0].warnings).toContain("línea 1: policylint-disable G1 sin motivo: ignorado");
  });

  it("a conflict is never accepted", async () => {
    const config = withMiniPolicy("accept:\n  - dimension: C1\n    reason: Se revisará.\n");
    const dir = tempTree({ "policylint.config.yaml": config, "borrador.md": miniDrafts.withPenalty });
    const result = await runIn(dir, [...check, "borrador.md", "--format", "json"]);
    expect(result.code).toBe(1);
    expect(dimension(result.out, "C1")).toMatchObject({ conflict: true });
    expect(dimension(result.out, "C1").accepted).toBeUndefined();
  });
});
