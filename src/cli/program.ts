import { Command, Option } from "commander";
import { diffFormatNames, type DiffFormatName } from "../formatters/diff/index.js";
import { formatNames, resolveCheckOptions, type RawCheckOptions } from "./check-options.js";
import type { PolicyCommandOptions } from "./commands/policy.js";
import type { CliIo } from "./io.js";
import { resolveConfiguredOptions, type ConfigChoice } from "./resolve-configured-options.js";
import { toolVersion } from "./tool-version.js";

const langOption = (description = "output language") => new Option("--lang <lang>", description).choices(["es", "en"]).default("es");

const collect = (value: string, previous: string[] = []) => [...previous, value];

/**
 * Commands, options and help; each action only hands over to a command module and records its exit
 * code. A command's module is imported when it runs: a check never loads what diff or init need.
 */
export function buildProgram(io: CliIo, setExitCode: (code: number) => void): Command {
  const program = new Command()
    .name("policylint")
    .description("Checks Spanish normative drafts against Peru's migration policy guidelines, the Lineamientos Generales de la Política Migratoria (MTIGM, 2015).")
    .version(toolVersion(), "-v, --version")
    // Commander writes its usage errors in English; the hint that follows them is in English too.
    .showHelpAfterError("(run policylint --help for usage)")
    .exitOverride()
    .configureOutput({
      writeOut: (s) => io.stdout.write(s),
      writeErr: (s) => io.stderr.write(s),
    });

  program
    .command("check")
    .description("check drafts (files, folders, globs, or - for stdin) and report coverage, gaps and conflicts")
    .argument("[paths...]", "files, folders (recursive) or globs")
    .option("--policy <file>", "policy YAML (default: the bundled MTIGM 2015 policy)")
    .addOption(new Option("-f, --format <format>", "report format").choices(formatNames).default("text"))
    .option("-o, --output <file>", "write the report to a file (atomically) instead of stdout")
    .option("--output-format <format=file>", "also write another format to a file (repeatable), e.g. sarif=results.sarif", collect)
    .addOption(new Option("--fail-on <status>", "weakest status that fails").choices(["gap", "partial", "none"]).default("gap"))
    .option("--min-score <n>", "fail a document whose overall score is below n (0–1)")
    .option("-q, --quiet", "print no report, only errors; the exit code tells the result")
    .option("--no-color", "no colours (NO_COLOR and FORCE_COLOR are honoured too)")
    .option("--explain", "show the evidence and arithmetic behind each score")
    .option("-j, --jobs <n>", "threads (default: 1 for under 20 MB of documents, else the number of cores)")
    .option("--ignore <glob>", "skip files matching this glob inside folders and globs (repeatable)", collect)
    .option("--max-size <size>", "refuse documents larger than this", "20MB")
    .addOption(new Option("--lang <lang>", "report language").choices(["es", "en"]).default("es"))
    .option("--no-progress", "no progress bar even on a terminal")
    .option("--config <file>", "config file (default: policylint.config.yaml or .policylintrc.yaml, searched upwards)")
    .option("--no-config", "ignore any config file")
    .action(async (paths: string[], raw: RawCheckOptions & { config?: ConfigChoice }, command: Command) => {
      const options = await resolveConfiguredOptions(raw, (key) => command.getOptionValueSource(key) === "cli", io);
      const { runCheck } = await import("./commands/check.js");
      setExitCode(await runCheck(paths, options, io));
    });

  program
    .command("init")
    .description("write a commented policylint.config.yaml in the current folder (never overwrites one)")
    .action(async () => {
      const { runInit } = await import("./commands/init.js");
      setExitCode(await runInit(io));
    });

  program
    .command("diff")
    .description("compare two versions of a draft; fails only when NEW regresses on a failing dimension")
    .argument("<old>", "the earlier version")
    .argument("<new>", "the later version")
    .option("--policy <file>", "policy YAML (default: the bundled MTIGM 2015 policy)")
    .addOption(new Option("-f, --format <format>", "report format").choices(diffFormatNames).default("text"))
    .addOption(new Option("--fail-on <status>", "weakest status that fails").choices(["gap", "partial", "none"]).default("gap"))
    .option("--min-score <n>", "fail when the overall score falls below n (0–1)")
    .addOption(new Option("--lang <lang>", "report language").choices(["es", "en"]).default("es"))
    .option("--no-color", "no colours (NO_COLOR and FORCE_COLOR are honoured too)")
    .option("--config <file>", "config file (default: searched upwards)")
    .option("--no-config", "ignore any config file")
    .action(async (older: string, newer: string, raw: RawCheckOptions & { format: DiffFormatName; config?: ConfigChoice }, command: Command) => {
      const fromCli = (key: string) => command.getOptionValueSource(key) === "cli";
      const options = await resolveConfiguredOptions(raw, fromCli, io, ["policy", "failOn", "minScore", "lang", "maxSize"]);
      const { runDiff } = await import("./commands/diff.js");
      setExitCode(await runDiff(older, newer, raw.format, options, io));
    });

  const policy = program.command("policy").description("inspect and validate policy files");
  policy
    .command("validate")
    .description("validate a policy YAML (default: the bundled one); problems as file:line:col")
    .argument("[file]", "policy YAML")
    .addOption(langOption())
    .action(async (file: string | undefined, o: PolicyCommandOptions) => {
      const { runPolicyValidate } = await import("./commands/policy.js");
      setExitCode(await runPolicyValidate(file, o, io));
    });
  policy
    .command("show")
    .description("print the policy tree, or one item with its vocabulary")
    .argument("[id]", "E1…E6, P1…P10, L1…L7, L1.a…")
    .option("--policy <file>", "policy YAML")
    .addOption(langOption())
    .action(async (id: string | undefined, o: PolicyCommandOptions) => {
      const { runPolicyShow } = await import("./commands/policy.js");
      setExitCode(await runPolicyShow(id, o, io));
    });

  program
    .command("explain")
    .description("what the policy says for an id (E/P/L/sub-item) and how it is detected")
    .argument("<id>", "E1…E6, P1…P10, L1…L7, L1.a…")
    .option("--policy <file>", "policy YAML")
    .addOption(langOption())
    .action(async (id: string, o: PolicyCommandOptions) => {
      const { runExplain } = await import("./commands/policy.js");
      setExitCode(await runExplain(id, o, io));
    });

  program
    .command("text")
    .description("print the text policylint extracts from a document, with line numbers")
    .argument("<file>", "a .txt, .md, .docx, .pdf or .html document")
    .option("--no-numbers", "print the text without line numbers")
    .option("--paragraphs", "mark where each source paragraph starts (DOCX, PDF, HTML) as ¶N, the párr. N of citations")
    .option("--max-size <size>", "refuse documents larger than this", "20MB")
    .addOption(langOption("language of a refusal or a warning about the document"))
    .action(async (file: string, o: { numbers: boolean; paragraphs?: boolean; maxSize: string; lang: "es" | "en" }) => {
      const { runText } = await import("./commands/text.js");
      const maxBytes = resolveCheckOptions({ maxSize: o.maxSize }).maxBytes;
      setExitCode(await runText(file, { numbers: o.numbers, paragraphs: o.paragraphs ?? false, maxBytes, lang: o.lang }, io));
    });
  return program;
}
