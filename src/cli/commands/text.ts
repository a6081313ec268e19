import path from "node:path";
import { readDocument } from "../../documents/read-document.js";
import { messagesFor } from "../../i18n/index.js";
import type { CliIo } from "../io.js";

/** `policylint text FILE`: the extracted text, numbered as citations number it. */
export async function runText(file: string, options: { maxBytes: number; numbers: boolean }, io: CliIo): Promise<number> {
  const doc = await readDocument(path.resolve(io.cwd, file), { maxBytes: options.maxBytes, displayPath: file });
  // Said as the reports say it by default, in Spanish.
  for (const warning of doc.warnings) io.stderr.write(`policylint: ${file}: ${messagesFor("es").documentWarning(warning)}\n`);
  if (!options.numbers) {
    io.stdout.write(doc.text.endsWith("\n") ? doc.text : `${doc.text}\n`);
    return 0;
  }
  const lines = doc.text.split("\n");
  const width = String(lines.length).length;
  io.stdout.write(lines.map((line, i) => `${String(i + 1).padStart(width)}  ${line.replace(/\r$/, "")}`).join("\n") + "\n");
  return 0;
}
