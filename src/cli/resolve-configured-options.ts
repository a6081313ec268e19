import path from "node:path";
import { findConfig } from "../config/find-config.js";
import type { LoadedConfig } from "../config/load-config.js";
import { resolveCheckOptions, type CheckOptions, type RawCheckOptions } from "./check-options.js";
import { configToRawOptions, mergeRawOptions, withConfig } from "./config-options.js";
import type { CliIo } from "./io.js";

/** `--config FILE`, `--no-config` (false) or nothing: then the nearest config file upwards, if any. */
export type ConfigChoice = string | false | undefined;

export async function findCheckConfig(choice: ConfigChoice, io: CliIo): Promise<LoadedConfig | undefined> {
  if (choice === false) return undefined;
  const file = choice === undefined ? await findConfig(io.cwd) : path.resolve(io.cwd, choice);
  if (file === undefined) return undefined;
  // Reading a config needs yaml and zod: loaded only when there is one.
  const { loadConfig } = await import("../config/load-config.js");
  return loadConfig(file, io.cwd);
}

/**
 * The options of a run: flags typed on the command line, then the config, then the defaults.
 * `keys` limits which of the config's flag-like keys apply (diff has no use for `format` or `jobs`).
 */
export async function resolveConfiguredOptions(
  raw: RawCheckOptions & { config?: ConfigChoice },
  isFromCli: (key: string) => boolean,
  io: CliIo,
  keys?: ReadonlyArray<keyof RawCheckOptions>,
): Promise<CheckOptions> {
  const config = await findCheckConfig(raw.config, io);
  if (!config) return resolveCheckOptions(raw);
  const fromConfig = configToRawOptions(config.value, config.dir, io.cwd);
  const applicable = keys ? Object.fromEntries(keys.filter((k) => k in fromConfig).map((k) => [k, fromConfig[k]])) : fromConfig;
  return withConfig(resolveCheckOptions(mergeRawOptions(raw, applicable, isFromCli)), config);
}
