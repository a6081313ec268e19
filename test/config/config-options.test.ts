import path from "node:path";
import { describe, expect, it } from "vitest";
import { configToRawOptions, mergeRawOptions, withConfig } from "../../src/cli/config-options.js";
import { resolveCheckOptions, type RawCheckOptions } from "../../src/cli/check-options.js";
import { resolveConfiguredOptions } from "../../src/cli/resolve-configured-options.js";
import type { LoadedConfig } from "../../src/config/load-config.js";
import { fakeIo } from "../cli/fake-io.js";
import { tempTree } from "./config-files.js";

const root = path.resolve("/proyecto");

describe("configToRawOptions", () => {
  it("turns the config into flags, with paths rewritten from the config's folder to the working folder", () => {
    const raw = configToRawOptions(
      { policy: "politicas/p.yaml", outputFormats: { sarif: "out/r.sarif" }, minScore: 0.5, jobs: 2, maxSize: 1024, failOn: "partial" },
      root,
      path.join(root, "borradores"),
    );
    expect(raw).toEqual({
      policy: "../politicas/p.yaml",
      outputFormat: ["sarif=../out/r.sarif"],
      minScore: "0.5",
      jobs: "2",
      maxSize: "1024",
      failOn: "partial",
    });
  });

  it("leaves out what the config does not say", () => {
    expect(configToRawOptions({}, root, root)).toEqual({});
  });
});

describe("mergeRawOptions", () => {
  it("a flag typed on the command line wins; a commander default never beats the config", () => {
    const cli: RawCheckOptions = { failOn: "gap", lang: "en", format: "text" };
    const merged = mergeRawOptions(cli, { failOn: "partial", lang: "es", minScore: "0.4" }, (key) => key === "lang");
    expect(merged).toEqual({ failOn: "partial", lang: "en", format: "text", minScore: "0.4" });
  });
});

describe("withConfig", () => {
  it("adds what only the config can say", () => {
    const config: LoadedConfig = {
      file: "/c/policylint.config.yaml",
      display: "policylint.config.yaml",
      dir: "/c",
      text: "",
      value: { failOnConflict: false, dimensions: { E1: { minScore: 0.6 } }, required: ["P2"], accept: [{ dimension: "E5", reason: "x" }] },
    };
    const options = withConfig(resolveCheckOptions({}), config);
    expect(options.failPolicy).toEqual({ failOn: "gap", failOnConflict: false, minDimensionScores: { E1: 0.6 }, required: ["P2"] });
    expect(options.accept).toEqual([{ dimension: "E5", reason: "x" }]);
    expect(options.config).toBe(config);
  });
});

describe("resolveConfiguredOptions", () => {
  const config = "failOn: partial\nlang: en\nminScore: 0.3\njobs: 3\nformat: json\naccept:\n  - { dimension: E5, reason: Consular }\n";

  it("finds the config upwards and applies it", async () => {
    const dir = tempTree({ "policylint.config.yaml": config, "borradores/.keep": "" });
    const io = fakeIo({ cwd: path.join(dir, "borradores") });
    const options = await resolveConfiguredOptions({ failOn: "gap", lang: "es", format: "text" }, () => false, io);
    expect(options).toMatchObject({ lang: "en", format: "json", jobs: 3, failPolicy: { failOn: "partial", minScore: 0.3 } });
    expect(options.config?.display).toBe("../policylint.config.yaml");
  });

  it("flags from the command line override it", async () => {
    const io = fakeIo({ cwd: tempTree({ "policylint.config.yaml": config }) });
    const options = await resolveConfiguredOptions({ failOn: "none", lang: "es", format: "text" }, (key) => key === "failOn", io);
    expect(options.failPolicy.failOn).toBe("none");
    expect(options.lang).toBe("en");
  });

  it("--config names the file; --no-config ignores any", async () => {
    const dir = tempTree({ "policylint.config.yaml": config, "otra.yaml": "lang: es\nfailOn: none\n" });
    const io = fakeIo({ cwd: dir });
    expect((await resolveConfiguredOptions({ config: "otra.yaml" }, () => false, io)).failPolicy.failOn).toBe("none");
    const ignored = await resolveConfiguredOptions({ config: false }, () => false, io);
    expect(ignored.failPolicy.failOn).toBe("gap");
    expect(ignored.config).toBeUndefined();
  });

  it("only the keys a command uses", async () => {
    const io = fakeIo({ cwd: tempTree({ "policylint.config.yaml": config }) });
    const options = await resolveConfiguredOptions({}, () => false, io, ["failOn", "lang"]);
    expect(options).toMatchObject({ format: "text", lang: "en", failPolicy: { failOn: "partial" } });
    expect(options.failPolicy.minScore).toBeUndefined();
  });
});
