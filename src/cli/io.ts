/** The process as the CLI sees it; tests pass fakes, bin/ passes the real process. */
export interface CliIo {
  stdout: NodeJS.WritableStream & { isTTY?: boolean };
  stderr: NodeJS.WritableStream & { isTTY?: boolean; columns?: number };
  stdin: NodeJS.ReadableStream;
  cwd: string;
  env: Record<string, string | undefined>;
  /** Aborted on Ctrl-C: the batch stops and the run ends with 130. */
  signal?: AbortSignal;
}
