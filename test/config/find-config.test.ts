import path from "node:path";
import { describe, expect, it } from "vitest";
import { findConfig } from "../../src/config/find-config.js";
import { tempTree } from "./config-files.js";

describe("findConfig", () => {
  it("finds the config in the folder itself", async () => {
    const root = tempTree({ "policylint.config.yaml": "lang: es\n" });
    expect(await findConfig(root)).toBe(path.join(root, "policylint.config.yaml"));
  });

  it("walks up from a nested folder to the nearest config", async () => {
    const root = tempTree({ "policylint.config.yaml": "", "a/.policylintrc.yaml": "", "a/b/c/borrador.md": "" });
    expect(await findConfig(path.join(root, "a", "b", "c"))).toBe(path.join(root, "a", ".policylintrc.yaml"));
    expect(await findConfig(path.join(root, "a", "b"))).toBe(path.join(root, "a", ".policylintrc.yaml"));
  });

  it("prefers policylint.config.yaml over .policylintrc.yaml in the same folder", async () => {
    const root = tempTree({ "policylint.config.yaml": "", ".policylintrc.yaml": "" });
    expect(await findConfig(root)).toBe(path.join(root, "policylint.config.yaml"));
  });

  it("ignores a folder with the config's name", async () => {
    const root = tempTree({ "policylint.config.yaml/x": "", "sub/y": "" });
    expect(await findConfig(path.join(root, "sub"))).not.toBe(path.join(root, "policylint.config.yaml"));
  });

  it("stops at the filesystem root when there is none", async () => {
    const root = tempTree({ "a/b/borrador.md": "" });
    const found = await findConfig(path.join(root, "a", "b"));
    // Anything found must lie above the temporary folder (a config on this machine), never below it.
    expect(found === undefined || !found.startsWith(root)).toBe(true);
  });
});
