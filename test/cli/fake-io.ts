import { PassThrough, Writable } from "node:stream";
import type { CliIo } from "../../src/cli/io.js";
import { repoRoot } from "../helpers.js";

export interface CapturedIo extends CliIo {
  out(): string;
  err(): string;
  /** The pieces stdout received, one per write. */
  outWrites(): string[];
}

function capture(): { stream: Writable; text: () => string; chunks: string[] } {
  const chunks: string[] = [];
  const stream = new Writable({
    write(chunk, _encoding, done) {
      chunks.push(chunk.toString());
      done();
    },
  });
  return { stream, text: () => chunks.join(""), chunks };
}

/** An io for run(): captured stdout/stderr, a given stdin, the repo as cwd, no colour by default. */
export function fakeIo(
  options: { stdin?: string; env?: Record<string, string>; cwd?: string; stdoutIsTTY?: boolean; stderrIsTTY?: boolean } = {},
): CapturedIo {
  const stdout = capture();
  if (options.stdoutIsTTY) Object.assign(stdout.stream, { isTTY: true });
  const stderr = capture();
  if (options.stderrIsTTY) Object.assign(stderr.stream, { isTTY: true, columns: 100 });
  const stdin = new PassThrough();
  stdin.end(options.stdin ?? "");
  return {
    stdout: stdout.stream,
    stderr: stderr.stream,
    stdin,
    cwd: options.cwd ?? repoRoot,
    env: options.env ?? {},
    out: stdout.text,
    outWrites: () => stdout.chunks.filter((chunk) => chunk !== ""),
    err: stderr.text,
  };
}
