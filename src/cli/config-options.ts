import path from "node:path";
import type { PolicylintConfig } from "../config/config-schema.js";
import type { LoadedConfig } from "../config/load-config.js";
import type { CheckOptions, RawCheckOptions } from "./check-options.js";

/**
 * The config's values as if they had been typed as flags, so one parser checks both. Paths in the
 * config are relative to its folder; they are rewritten relative to the working folder, as flags are.
 */
export function configToRawOptions(config: PolicylintConfig, configDir: string, cwd: string): RawCheckOptions {
  const fromConfigDir = (file: string) => path.relative(cwd, path.resolve(configDir, file)) || ".";
  const raw: RawCheckOptions = {
    policy: config.policy === undefined ? undefined : fromConfigDir(config.policy),
    format: config.format,
    outputFormat: config.outputFormats && Object.entries(config.outputFormats).map(([format, file]) => `${format}=${fromConfigDir(file)}`),
    lang: config.lang,
    failOn: config.failOn,
    minScore: config.minScore?.toString(),
    ignore: config.ignore,
    jobs: config.jobs?.toString(),
    maxSize: config.maxSize?.toString(),
  };
  return Object.fromEntries(Object.entries(raw).filter(([, value]) => value !== undefined));
}

/** Config values fill every option the user did not type: a default of commander's never beats the config. */
export function mergeRawOptions<T extends object>(cli: T, fromConfig: Partial<T>, isFromCli: (key: string) => boolean): T {
  const merged = { ...cli };
  for (const [key, value] of Object.entries(fromConfig)) {
    if (!isFromCli(key)) Object.assign(merged, { [key]: value });
  }
  return merged;
}

/** What only the config can say: per-dimension minimums, required dimensions, conflicts, accepted gaps. */
export function withConfig(options: CheckOptions, config: LoadedConfig): CheckOptions {
  const { value } = config;
  const minDimensionScores = value.dimensions && Object.fromEntries(Object.entries(value.dimensions).map(([id, d]) => [id, d.minScore]));
  return {
    ...options,
    failPolicy: {
      ...options.failPolicy,
      failOnConflict: value.failOnConflict ?? true,
      ...(minDimensionScores ? { minDimensionScores } : {}),
      ...(value.required ? { required: value.required } : {}),
    },
    accept: value.accept ?? [],
    config,
  };
}
