import { constants, inflateSync } from "node:zlib";
import { formatBytes } from "../format-bytes.js";
import type { InputProblem } from "../input-problem.js";

/** A stream's dictionary is looked for at most this far back from its `stream` keyword. */
const maxDictionaryLength = 64 * 1024;

/**
 * Why pdf.js must not parse this PDF, or undefined. pdf.js inflates every stream it reads whole in
 * memory, with no bound: a 2 MB PDF whose content stream inflates to 2 GB takes 4 GB of memory and
 * 20 s to read. So every Flate stream (leading FlateDecode filters, chained ones too) is inflated
 * here first against one budget for the whole file, images included, since a stream's dictionary
 * can claim to be an image and still be read as a page's content. Streams under other first
 * filters (LZW, ASCII85, run-length) are not measured.
 */
export function pdfInflationProblem(pdf: Buffer, limit: number): InputProblem | undefined {
  const text = pdf.toString("latin1");
  const ends = allIndexes(text, "endstream");
  let next = 0;
  let remaining = limit;
  // Where the last stream ended: a stream's data is not searched for keywords, and the next
  // dictionary is only looked for after it, so each byte is looked at a bounded number of times.
  let boundary = 0;
  for (const match of text.matchAll(/>>\s*stream(?:\r\n|\r|\n)/g)) {
    if (match.index < boundary) continue;
    const start = match.index + match[0].length;
    while (next < ends.length && (ends[next] as number) < start) next++;
    const end = ends[next] ?? pdf.length;
    const dictionary = dictionaryBefore(text, match.index, boundary);
    boundary = end;
    const flateFilters = dictionary === undefined ? 0 : leadingFlateFilters(dictionary);
    if (flateFilters === 0) continue;
    let data: Buffer = pdf.subarray(start, end);
    for (let i = 0; i < flateFilters && data.length > 0; i++) {
      const inflated = inflateWithin(data, remaining);
      if (inflated === undefined) return { code: "pdf-too-large", limit: formatBytes(limit) };
      data = inflated;
    }
    remaining -= data.length;
  }
  return undefined;
}

/** The inflated bytes, or undefined when they would exceed `limit`; a stream zlib cannot read counts as empty (pdf.js judges it). */
function inflateWithin(data: Buffer, limit: number): Buffer | undefined {
  try {
    return inflateSync(data, { maxOutputLength: Math.max(limit, 1), finishFlush: constants.Z_SYNC_FLUSH });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ERR_BUFFER_TOO_LARGE") return undefined;
    return Buffer.alloc(0);
  }
}

/** The dictionary whose closing `>>` starts at `close`, nested dictionaries included, if it starts after `from`. */
function dictionaryBefore(text: string, close: number, from: number): string | undefined {
  let depth = 0;
  const stop = Math.max(from, close - maxDictionaryLength);
  for (let p = close + 1; p > stop; ) {
    const pair = text.slice(p - 1, p + 1);
    if (pair === ">>") depth++;
    else if (pair === "<<") depth--;
    else {
      p--;
      continue;
    }
    p -= 2;
    if (depth === 0) return text.slice(p + 1, close + 2);
  }
  return undefined;
}

/** How many FlateDecode filters come first in a stream dictionary's /Filter, a name or an array. */
function leadingFlateFilters(dictionary: string): number {
  const filter = /\/Filter\s*(\[[^\]]*\]|\/[^\s/<>[\]()]+)/.exec(dictionary)?.[1];
  if (filter === undefined) return 0;
  const names = filter.match(/\/[^\s/<>[\]()]+/g) ?? [];
  let count = 0;
  while (count < names.length && names[count] === "/FlateDecode") count++;
  return count;
}

function allIndexes(text: string, word: string): number[] {
  const found: number[] = [];
  for (let i = text.indexOf(word); i !== -1; i = text.indexOf(word, i + word.length)) found.push(i);
  return found;
}
