import { closeSync, openSync, renameSync, rmSync, writeSync } from "node:fs";
import { PolicylintError } from "../errors.js";

/** Where a report goes piece by piece: stdout, or a file that appears only once complete. */
export interface ReportSink {
  write(piece: string | Uint8Array): void;
  /** The report is complete. */
  commit(): void;
  /** The run stopped or failed: leave nothing behind. */
  discard(): void;
}

/**
 * A file written whole or not at all: pieces go to a temporary file in the same folder as they
 * come, so a long batch holds none of them, and an atomic rename puts it in place at the end.
 */
export function openOutputFile(file: string): ReportSink {
  const temporary = `${file}.${process.pid}.tmp`;
  const fail = (error: unknown): never => {
    throw new PolicylintError("usage", `${file}: cannot write the output (${(error as NodeJS.ErrnoException).code ?? "error"})`);
  };
  let fd: number | undefined;
  try {
    fd = openSync(temporary, "w");
  } catch (error) {
    fail(error);
  }
  const close = () => {
    if (fd === undefined) return;
    const open = fd;
    fd = undefined;
    closeSync(open);
  };
  const discard = () => {
    try {
      close();
    } finally {
      rmSync(temporary, { force: true });
    }
  };
  return {
    write(piece) {
      if (fd === undefined) return;
      try {
        const bytes = typeof piece === "string" ? Buffer.from(piece) : piece;
        for (let at = 0; at < bytes.length; ) at += writeSync(fd, bytes, at);
      } catch (error) {
        discard();
        fail(error);
      }
    },
    commit() {
      try {
        close();
        renameSync(temporary, file);
      } catch (error) {
        discard();
        fail(error);
      }
    },
    discard,
  };
}

/** Writes a whole report at once, with the same guarantee. */
export function writeOutputFile(file: string, content: string): void {
  const sink = openOutputFile(file);
  sink.write(content);
  sink.commit();
}
