import { formatBytes } from "../format-bytes.js";
import type { InputProblem } from "../input-problem.js";
import { streamFilters } from "./pdf-stream-filters.js";

/** A stream's dictionary is looked for at most this far back from its `stream` keyword. */
const maxDictionaryLength = 64 * 1024;

/** A stream as it sits in the file: its dictionary's text, and where its data starts and ends (at the next "endstream"). */
interface RawStream {
  dictionary: string | undefined;
  start: number;
  end: number;
}

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
  const streams = rawStreams(text);
  let index: ObjectIndex | undefined;
  const objects = () => (index ??= new ObjectIndex(pdf, text, streams, limit));
  let remaining = limit;
  for (const stream of streams) {
    // Where a file gives a stream's filters or its length more than one way, the reading that decodes to most counts.
    const filterings = filterReadings(stream.dictionary, objects);
    if (filterings.length === 0) continue;
    const longer = lengthReadings(stream.dictionary, objects)
      .map((length) => stream.start + length)
      .filter((end) => end > stream.end && /^\s*endstream/.test(text.slice(end, end + 32)));
    let longest = 0;
    for (const extent of [stream, ...longer.map((end) => ({ ...stream, end }))]) {
      for (const filters of filterings) {
        const decoded = decodeStream(pdf, extent, filters, remaining);
        if (decoded === undefined) return { code: "pdf-too-large", limit: formatBytes(limit) };
        longest = Math.max(longest, decoded.length);
      }
    }
    remaining -= longest;
  }
  return undefined;
}

/**
 * Every stream, in one pass. A stream's data is not searched for keywords, and its dictionary is
 * only looked for after the stream before it, so each byte is looked at a bounded number of times.
 */
function rawStreams(text: string): RawStream[] {
  const ends = allIndexes(text, "endstream");
  const streams: RawStream[] = [];
  let next = 0;
  let boundary = 0;
  for (const match of text.matchAll(/>>\s*stream(?:\r\n|\r|\n)/g)) {
    if (match.index < boundary) continue;
    const start = match.index + match[0].length;
    while (next < ends.length && (ends[next] as number) < start) next++;
    const end = ends[next] ?? text.length;
    streams.push({ dictionary: dictionaryBefore(text, match.index, boundary), start, end });
    boundary = end;
  }
  return streams;
}

/**
 * The stream's data through its filters while they are ones pdf.js decodes; undefined when that
 * passes `limit`. A stream with none (unfiltered, or an image codec first) decodes to nothing
 * here: its bytes are in the file, within --max-size already.
 */
function decodeStream(pdf: Buffer, stream: RawStream, filters: readonly string[], limit: number): Uint8Array | undefined {
  if (!streamFilters.has(filters[0] ?? "")) return new Uint8Array(0);
  let data: Uint8Array = pdf.subarray(stream.start, stream.end);
  for (const name of filters) {
    const decode = streamFilters.get(name);
    if (decode === undefined || data.length === 0) break;
    const decoded = decode(data, limit);
    if (decoded === undefined) return undefined;
    data = decoded;
  }
  return data;
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

const filterValue = /^(?:\[[^\]]*\]|\/[^\s/<>[\]()]+)/;

/**
 * Every way the file gives a stream's /Filter: a name or an array, in the dictionary or in another
 * object ("/Filter 12 0 R"). A key given twice, or an object defined twice (an updated file, or a
 * decoy in some stream's data), gives each reading: which one pdf.js takes is not guessed.
 */
function filterReadings(dictionary: string | undefined, objects: () => ObjectIndex): string[][] {
  const readings: string[][] = [];
  for (const [, value] of dictionary?.matchAll(/\/Filter\s*(\[[^\]]*\]|\/[^\s/<>[\]()]+|\d+\s+\d+\s+R)/g) ?? []) {
    const reference = /^(\d+)\s+(\d+)\s+R$/.exec(value as string);
    const values = reference ? objects().valuesAt(`${reference[1]} ${reference[2]}`, filterValue) : [value as string];
    for (const filter of values) readings.push(filterNames(filter));
  }
  return readings;
}

/**
 * Every /Length the file gives a stream, direct or in another object. pdf.js reads that many bytes
 * when "endstream" follows them, so data that holds the word earlier does not end the stream for it.
 */
function lengthReadings(dictionary: string | undefined, objects: () => ObjectIndex): number[] {
  const lengths: number[] = [];
  for (const [, value] of dictionary?.matchAll(/\/Length\s+(\d+\s+\d+\s+R|\d+)/g) ?? []) {
    const reference = /^(\d+)\s+(\d+)\s+R$/.exec(value as string);
    const values = reference ? objects().valuesAt(`${reference[1]} ${reference[2]}`, /^\d+/) : [value as string];
    lengths.push(...values.map(Number));
  }
  return lengths;
}

/** "#xx" in a name is the byte xx: "/Fl#61teDecode" is FlateDecode. */
function filterNames(value: string): string[] {
  return (value.match(/\/[^\s/<>[\]()]+/g) ?? []).map((name) => name.slice(1).replace(/#([0-9a-f]{2})/gi, (_, hex: string) => String.fromCharCode(parseInt(hex, 16))));
}

/**
 * The objects of the file by id ("12 0"), made when a filter is first named by reference: the
 * objects written in the open and those packed in object streams (/Type /ObjStm), decoded through
 * their own filters within the same limit. Every definition of an id is kept.
 */
class ObjectIndex {
  private readonly bodies = new Map<string, Array<() => string>>();

  constructor(pdf: Buffer, text: string, streams: readonly RawStream[], limit: number) {
    for (const stream of streams) {
      if (!stream.dictionary || !/\/Type\s*\/ObjStm\b/.test(stream.dictionary)) continue;
      const first = Number(/\/First\s+(\d+)/.exec(stream.dictionary)?.[1]);
      for (const filters of filterReadings(stream.dictionary, () => this)) {
        const decoded = decodeStream(pdf, stream, filters, limit);
        if (!decoded || !Number.isInteger(first)) continue;
        const content = Buffer.from(decoded).toString("latin1");
        const header = content.slice(0, first).trim().split(/\s+/).map(Number);
        for (let i = 0; i + 1 < header.length; i += 2) {
          const start = first + (header[i + 1] as number);
          this.add(`${header[i]} 0`, () => content.slice(start, start + 4096));
        }
      }
    }
    for (const match of text.matchAll(/(\d+)\s+(\d+)\s+obj\b/g)) {
      const start = match.index + match[0].length;
      this.add(`${match[1]} ${match[2]}`, () => text.slice(start, start + 4096));
    }
  }

  /** The values at the start of each definition of object `id` that have that shape. */
  valuesAt(id: string, shape: RegExp): string[] {
    return (this.bodies.get(id) ?? []).flatMap((body) => shape.exec(body().trimStart())?.[0] ?? []);
  }

  private add(id: string, body: () => string): void {
    const known = this.bodies.get(id);
    if (known) known.push(body);
    else this.bodies.set(id, [body]);
  }
}

function allIndexes(text: string, word: string): number[] {
  const found: number[] = [];
  for (let i = text.indexOf(word); i !== -1; i = text.indexOf(word, i + word.length)) found.push(i);
  return found;
}
