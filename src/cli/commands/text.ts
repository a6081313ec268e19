import path from "node:path";
import { readDocument } from "../../documents/read-document.js";
import { InputError } from "../../errors.js";
import { messagesFor, type Language } from "../../i18n/index.js";
import { ExitCode } from "../exit-code.js";
import type { CliIo } from "../io.js";

export interface TextOptions {
  maxBytes: number;
  numbers: boolean;
  /** What a refusal or a warning about the file is said in, as in the reports. */
  lang: Language;
}

/** `policylint text FILE`: the extracted text, numbered as citations number it. */
export async function runText(file: string, options: TextOptions, io: CliIo): Promise<number> {
  const messages = messagesFor(options.lang);
  let doc;
  try {
    doc = await readDocument(path.resolve(io.cwd, file), { maxBytes: options.maxBytes, displayPath: file });
  } catch (error) {
    if (!(error instanceof InputError)) throw error;
    io.stderr.write(`policylint: ${file}: ${messages.inputProblem(error.problem)}\n`);
    return ExitCode.error;
  }
  for (const warning of doc.warnings) io.stderr.write(`policylint: ${file}: ${messages.documentWarning(warning)}\n`);
  // A scan has no text at all: not even one empty numbered line.
  if (doc.text === "") return ExitCode.ok;
  if (!options.numbers) {
    io.stdout.write(doc.text.endsWith("\n") ? doc.text : `${doc.text}\n`);
    return ExitCode.ok;
  }
  const lines = doc.text.split("\n");
  const width = String(lines.length).length;
  io.stdout.write(lines.map((line, i) => `${String(i + 1).padStart(width)}  ${line.replace(/\r$/, "")}`).join("\n") + "\n");
  return ExitCode.ok;
}
