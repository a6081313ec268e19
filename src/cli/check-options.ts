import { PolicylintError } from "../errors.js";
import type { AcceptRule } from "../config/config-schema.js";
import type { LoadedConfig } from "../config/load-config.js";
import type { FailPolicy } from "../report/fail-policy.js";

export const formatNames = ["text", "json", "jsonl", "csv", "markdown", "sarif", "github", "junit", "html"] as const;
export type FormatName = (typeof formatNames)[number];

/** Options of `check` after parsing, with defaults applied. */
export interface CheckOptions {
  policy?: string;
  format: FormatName;
  output?: string;
  outputFormats: Array<{ format: FormatName; file: string }>;
  failPolicy: FailPolicy;
  quiet: boolean;
  color?: boolean;
  explain: boolean;
  /** Threads asked for (--jobs or the config); unset, they follow the batch's size (see automaticJobs). */
  jobs?: number;
  ignore: string[];
  maxBytes: number;
  lang: "es" | "en";
  progress: boolean;
  /** Gaps the config accepts; applied to each document after checking. */
  accept?: AcceptRule[];
  /** The config file in use, kept to check its dimension ids against the policy once it is loaded. */
  config?: LoadedConfig;
}

export interface RawCheckOptions {
  policy?: string;
  format?: string;
  output?: string;
  outputFormat?: string[];
  failOn?: string;
  minScore?: string;
  quiet?: boolean;
  color?: boolean;
  explain?: boolean;
  jobs?: string;
  ignore?: string[];
  maxSize?: string;
  lang?: string;
  progress?: boolean;
}

export function parseFormat(value: string): FormatName {
  if ((formatNames as readonly string[]).includes(value)) return value as FormatName;
  throw new PolicylintError("usage", `unknown format "${value}" (expected one of: ${formatNames.join(", ")})`);
}

function parseNumber(value: string, name: string, min: number, max: number): number {
  const number = Number(value);
  if (!Number.isFinite(number) || number < min || number > max) {
    throw new PolicylintError("usage", `${name} must be a number from ${min} to ${max}, got "${value}"`);
  }
  return number;
}

/** "20MB", "512KB", "1048576" → bytes. */
function parseSize(value: string): number {
  const match = /^(\d+(?:\.\d+)?)\s*(kb|mb|gb|b)?$/i.exec(value.trim());
  if (!match) throw new PolicylintError("usage", `--max-size must look like 20MB or 512KB, got "${value}"`);
  const unit = (match[2] ?? "b").toLowerCase();
  const factor = { b: 1, kb: 1024, mb: 1024 ** 2, gb: 1024 ** 3 }[unit] as number;
  return Math.floor(Number(match[1]) * factor);
}

export function resolveCheckOptions(raw: RawCheckOptions): CheckOptions {
  const failOn = raw.failOn ?? "gap";
  if (!["gap", "partial", "none"].includes(failOn)) {
    throw new PolicylintError("usage", `--fail-on must be gap, partial or none, got "${failOn}"`);
  }
  const lang = raw.lang ?? "es";
  if (lang !== "es" && lang !== "en") throw new PolicylintError("usage", `--lang must be es or en, got "${lang}"`);
  return {
    ...(raw.policy !== undefined ? { policy: raw.policy } : {}),
    format: parseFormat(raw.format ?? "text"),
    ...(raw.output !== undefined ? { output: raw.output } : {}),
    outputFormats: (raw.outputFormat ?? []).map(parseOutputFormat),
    failPolicy: {
      failOn: failOn as FailPolicy["failOn"],
      ...(raw.minScore !== undefined ? { minScore: parseNumber(raw.minScore, "--min-score", 0, 1) } : {}),
      failOnConflict: true,
    },
    quiet: raw.quiet ?? false,
    ...(raw.color !== undefined ? { color: raw.color } : {}),
    explain: raw.explain ?? false,
    ...(raw.jobs !== undefined ? { jobs: parseNumber(raw.jobs, "--jobs", 1, 64) } : {}),
    ignore: raw.ignore ?? [],
    maxBytes: parseSize(raw.maxSize ?? "20MB"),
    lang,
    progress: raw.progress ?? true,
  };
}

function parseOutputFormat(value: string): { format: FormatName; file: string } {
  const at = value.indexOf("=");
  if (at <= 0 || at === value.length - 1) {
    throw new PolicylintError("usage", `--output-format takes FORMAT=FILE (e.g. sarif=results.sarif), got "${value}"`);
  }
  return { format: parseFormat(value.slice(0, at)), file: value.slice(at + 1) };
}
