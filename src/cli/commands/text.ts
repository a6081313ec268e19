import path from "node:path";
import { readDocument } from "../../documents/read-document.js";
import { InputError } from "../../errors.js";
import { messagesFor, type Language } from "../../i18n/index.js";
import { createLineIndex } from "../../text/line-index.js";
import { ExitCode } from "../exit-code.js";
import type { CliIo } from "../io.js";

export interface TextOptions {
  maxBytes: number;
  numbers: boolean;
  /** Mark where each source paragraph starts, as citations count them (DOCX, PDF, HTML). */
  paragraphs: boolean;
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
  if (!options.numbers && !options.paragraphs) {
    io.stdout.write(doc.text.endsWith("\n") ? doc.text : `${doc.text}\n`);
    return ExitCode.ok;
  }
  const lines = doc.text.split("\n").map((line) => line.replace(/\r$/, ""));
  // Text and Markdown have no source paragraphs: their citations give lines only.
  const marks = options.paragraphs && doc.paragraphs?.length ? paragraphMarks(doc.text, doc.paragraphs, lines.length) : undefined;
  const numberWidth = String(lines.length).length;
  io.stdout.write(
    lines
      .map((line, i) => {
        const number = options.numbers ? `${String(i + 1).padStart(numberWidth)}  ` : "";
        if (!marks) return `${number}${line}`;
        const mark = marks.labels[i] ?? "".padEnd(marks.width);
        return line === "" ? `${number}${mark}`.trimEnd() : `${number}${mark}  ${line}`;
      })
      .join("\n") + "\n",
  );
  return ExitCode.ok;
}

/** "¶14" on the line where paragraph 14 starts, all padded to one width. */
function paragraphMarks(text: string, paragraphs: readonly number[], lineCount: number): { labels: string[]; width: number } {
  const index = createLineIndex(text);
  const width = `¶${paragraphs.length}`.length;
  const labels: string[] = new Array(lineCount);
  paragraphs.forEach((offset, i) => {
    labels[index.positionAt(offset).line - 1] ??= `¶${i + 1}`.padEnd(width);
  });
  return { labels, width };
}
