import { rename, rm, writeFile } from "node:fs/promises";
import { PolicylintError } from "../errors.js";

/** Writes a whole file or nothing: a temporary file in the same folder, then an atomic rename. */
export async function writeOutputFile(file: string, content: string): Promise<void> {
  const temporary = `${file}.${process.pid}.tmp`;
  try {
    await writeFile(temporary, content, "utf8");
    await rename(temporary, file);
  } catch (error) {
    await rm(temporary, { force: true });
    throw new PolicylintError("usage", `${file}: cannot write the output (${(error as NodeJS.ErrnoException).code ?? "error"})`);
  }
}
