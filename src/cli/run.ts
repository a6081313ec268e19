import { CommanderError } from "commander";
import { InvalidSourceError, PolicylintError } from "../errors.js";
import { ExitCode } from "./exit-code.js";
import type { CliIo } from "./io.js";
import { buildProgram } from "./program.js";

/** argv (without node and script) → exit code. Every error the user can fix becomes one line on stderr and 2. */
export async function run(argv: string[], io: CliIo): Promise<number> {
  let exitCode: number = ExitCode.ok;
  const program = buildProgram(io, (code) => {
    exitCode = code;
  });
  try {
    await program.parseAsync(argv, { from: "user" });
    return exitCode;
  } catch (error) {
    if (error instanceof CommanderError) {
      return error.exitCode === 0 ? ExitCode.ok : ExitCode.error;
    }
    if (error instanceof InvalidSourceError) {
      io.stderr.write(`${error.message}\n`);
      return ExitCode.error;
    }
    if (error instanceof PolicylintError) {
      io.stderr.write(error.message.split("\n").map((line) => `policylint: ${line}\n`).join(""));
      return ExitCode.error;
    }
    io.stderr.write(`policylint: internal error: ${(error as Error).message?.split("\n")[0] ?? String(error)}\n`);
    return ExitCode.error;
  }
}
