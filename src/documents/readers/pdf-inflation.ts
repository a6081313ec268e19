import { formatBytes } from "../format-bytes.js";
import type { InputProblem } from "../input-problem.js";
import { streamFilters } from "./pdf-stream-filters.js";

/** A stream's dictionary is looked for at most this far back from its `stream` keyword. */
const maxDictionaryLength = 64 * 1024;

/**
 * Why pdf.js must not parse this PDF, or undefined. pdf.js decodes every stream it reads whole in
 * memory, with no bound: a 2 MB PDF whose content stream inflates to 2 GB takes 4 GB of memory and
 * 20 s to read. So every stream is decoded here first through the filters pdf.js would apply
 * before reading it (Flate, LZW, run-length, ASCII hex and 85, chained, by full or short name,
 * even named in another object), against one budget for the whole file, images included, since a
 * stream's dictionary can claim to be an image and still be read as a page's content. Image
 * codecs (DCT, JPX, CCITT, JBIG2) end the chain: pdf.js does not decode images to read text.
 */
export function pdfInflationProblem(pdf: Buffer, limit: number): InputProblem | undefined {
  const text = pdf.toString("latin1");
  const ends = allIndexes(text, "endstream");
  let next = 0;
  let remaining = limit;
  // Where the last stream ended: a stream's data is not searched for keywords, and the next
  // dictionary is only looked for after it, so each byte is looked at a bounded number of times.
  let boundary = 0;
  let index: ObjectIndex | undefined;
  const objects = () => (index ??= new ObjectIndex(text));
  for (const match of text.matchAll(/>>\s*stream(?:\r\n|\r|\n)/g)) {
    if (match.index < boundary) continue;
    const start = match.index + match[0].length;
    while (next < ends.length && (ends[next] as number) < start) next++;
    const end = ends[next] ?? pdf.length;
    const dictionary = dictionaryBefore(text, match.index, boundary);
    boundary = end;
    const decoders = dictionary === undefined ? [] : filtersOf(dictionary, objects).map((name) => streamFilters.get(name));
    if (decoders[0] === undefined) continue;
    let data: Uint8Array | undefined = pdf.subarray(start, end);
    for (const decode of decoders) {
      if (decode === undefined || data.length === 0) break;
      data = decode(data, remaining);
      if (data === undefined) return { code: "pdf-too-large", limit: formatBytes(limit) };
    }
    remaining -= data.length;
  }
  return undefined;
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

const filterValue = /\[[^\]]*\]|\/[^\s/<>[\]()]+/;

/** The names in a stream dictionary's /Filter: a name, an array, or either in another object ("/Filter 12 0 R"). */
function filtersOf(dictionary: string, objects: () => ObjectIndex): string[] {
  const value = /\/Filter\s*(\[[^\]]*\]|\/[^\s/<>[\]()]+|\d+\s+\d+\s+R)/.exec(dictionary)?.[1];
  const reference = value && /^(\d+)\s+(\d+)\s+R$/.exec(value);
  const filter = reference ? objects().valueOf(`${reference[1]} ${reference[2]}`, filterValue) : value;
  // "#xx" in a name is the byte xx: "/Fl#61teDecode" is FlateDecode.
  return (filter?.match(/\/[^\s/<>[\]()]+/g) ?? []).map((name) => name.slice(1).replace(/#([0-9a-f]{2})/gi, (_, hex: string) => String.fromCharCode(parseInt(hex, 16))));
}

/** Where each object ("12 0 obj") starts, found in one pass when first needed; a later definition wins, as in an updated file. */
class ObjectIndex {
  private readonly starts = new Map<string, number>();

  constructor(private readonly text: string) {
    for (const match of text.matchAll(/(\d+)\s+(\d+)\s+obj\b/g)) this.starts.set(`${match[1]} ${match[2]}`, match.index + match[0].length);
  }

  /** The value at the start of object `id` ("12 0"), if it has that shape. */
  valueOf(id: string, shape: RegExp): string | undefined {
    const start = this.starts.get(id);
    if (start === undefined) return undefined;
    const body = this.text.slice(start, start + 4096).trimStart();
    const found = shape.exec(body);
    return found?.index === 0 ? found[0] : undefined;
  }
}

function allIndexes(text: string, word: string): number[] {
  const found: number[] = [];
  for (let i = text.indexOf(word); i !== -1; i = text.indexOf(word, i + word.length)) found.push(i);
  return found;
}
