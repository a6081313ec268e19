import { readFile } from "node:fs/promises";
import path from "node:path";
import { InvalidSourceError, PolicylintError } from "../errors.js";
import { parseValidatedYaml } from "../policy/parse-validated-yaml.js";
import { configDimensionProblems } from "./config-dimension-problems.js";
import { configSchema, type PolicylintConfig } from "./config-schema.js";

/** A config file as read and validated; its text is kept to locate problems found later, against the policy. */
export interface LoadedConfig {
  /** Absolute path. */
  file: string;
  /** The path shown in messages, relative to the working folder. */
  display: string;
  /** The folder paths in the config are relative to. */
  dir: string;
  text: string;
  value: PolicylintConfig;
}

/** Reads and validates a config; every problem as file:line:col in one InvalidSourceError. */
export async function loadConfig(file: string, cwd: string): Promise<LoadedConfig> {
  const display = path.relative(cwd, file).split(path.sep).join("/") || file;
  let text: string;
  try {
    text = await readFile(file, "utf8");
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new PolicylintError("config", `${display}: cannot read the config (${code === "ENOENT" ? "file not found" : code ?? "unreadable"})`);
  }
  const result = parseValidatedYaml(text, display, configSchema, () => []);
  if (!result.ok) throw new InvalidSourceError("config", result.problems);
  return { file, display, dir: path.dirname(file), text, value: result.value };
}

/** Checks the dimension ids the config names against the policy actually loaded. */
export function assertConfigMatchesPolicy(config: LoadedConfig, policyIds: readonly string[]): void {
  const result = parseValidatedYaml(config.text, config.display, configSchema, (value) => configDimensionProblems(value, policyIds));
  if (!result.ok) throw new InvalidSourceError("config", result.problems);
}
