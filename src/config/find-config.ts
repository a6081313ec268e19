import { stat } from "node:fs/promises";
import path from "node:path";

/** The names a config file may have, in the order they are looked for within one folder. */
export const configFileNames = ["policylint.config.yaml", ".policylintrc.yaml"] as const;

/** The nearest config file from `startDir` upwards, stopping at the filesystem root; undefined if none. */
export async function findConfig(startDir: string): Promise<string | undefined> {
  for (let dir = path.resolve(startDir); ; dir = path.dirname(dir)) {
    for (const name of configFileNames) {
      const candidate = path.join(dir, name);
      if (await isFile(candidate)) return candidate;
    }
    if (path.dirname(dir) === dir) return undefined;
  }
}

async function isFile(file: string): Promise<boolean> {
  return stat(file).then(
    (s) => s.isFile(),
    () => false,
  );
}
