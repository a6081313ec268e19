import type { CliIo } from "./io.js";

export interface Progress {
  tick(): void;
  stop(): void;
}

const silent: Progress = { tick: () => undefined, stop: () => undefined };

/**
 * A progress bar on stderr (files done, rate, ETA) only for an interactive terminal:
 * nothing on a pipe or in CI, where it would be noise in logs.
 */
export async function createProgress(io: CliIo, total: number, enabled: boolean): Promise<Progress> {
  if (!enabled || total < 2 || !io.stderr.isTTY || io.env.CI) return silent;
  const { default: cliProgress } = await import("cli-progress");
  const bar = new cliProgress.SingleBar(
    {
      stream: io.stderr as NodeJS.WritableStream,
      format: "{bar} {value}/{total} documentos | {rate} doc/s | ETA {eta_formatted}",
      clearOnComplete: true,
      hideCursor: true,
    },
    cliProgress.Presets.shades_classic,
  );
  const started = Date.now();
  let done = 0;
  bar.start(total, 0, { rate: "0.0" });
  return {
    tick() {
      done++;
      bar.update(done, { rate: (done / Math.max((Date.now() - started) / 1000, 0.001)).toFixed(1) });
    },
    stop() {
      bar.stop();
    },
  };
}
