import { stat, writeFile } from "node:fs/promises";
import path from "node:path";
import { configFileNames } from "../../config/find-config.js";
import { configTemplate } from "../../config/config-template.js";
import { PolicylintError } from "../../errors.js";
import { ExitCode } from "../exit-code.js";
import type { CliIo } from "../io.js";

const templateName = configFileNames[0];

/**
 * `policylint init`: writes a commented policylint.config.yaml here. It never replaces a config, nor
 * adds a second one beside a .policylintrc.yaml, since only one of them would be read.
 */
export async function runInit(io: CliIo): Promise<number> {
  for (const name of configFileNames) {
    if (await stat(path.join(io.cwd, name)).then(() => true, () => false)) {
      throw new PolicylintError("config", `${name} already exists here; not overwritten`);
    }
  }
  try {
    // "wx" fails if the file appeared since the check above, so a config is never overwritten.
    await writeFile(path.join(io.cwd, templateName), configTemplate, { flag: "wx" });
  } catch (error) {
    throw new PolicylintError("config", `${templateName}: cannot write (${(error as NodeJS.ErrnoException).code ?? "unknown error"})`);
  }
  io.stdout.write(`${templateName} creado: revise los comentarios y ajuste los valores.\n`);
  return ExitCode.ok;
}
