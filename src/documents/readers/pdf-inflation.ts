import { formatBytes } from "../format-bytes.js";
import type { InputProblem } from "../input-problem.js";
import { emptyPasswordDecryption, type StreamDecryption } from "./pdf-decryption.js";
import { streamFilters } from "./pdf-stream-filters.js";
import { dictionaryAt, dictionaryBefore, pdfStringAt } from "./pdf-syntax.js";

/** A dictionary is looked for at most this far from its `stream` keyword or its object's start. */
const maxDictionaryLength = 64 * 1024;

/** A stream as it sits in the file: its object, its dictionary's text, and where its data starts and ends (at the next "endstream"). */
interface RawStream {
  object: { number: number; generation: number } | undefined;
  dictionary: string | undefined;
  start: number;
  end: number;
}

/** The file as the check reads it: its bytes, the same as latin1 text, its objects, and every way it may be decrypted. */
interface PdfFile {
  bytes: Buffer;
  text: string;
  objects: ObjectIndex;
  decryptions: ReadonlyArray<StreamDecryption | undefined>;
}

/**
 * Why pdf.js must not parse this PDF, or undefined. pdf.js decodes every stream it reads whole in
 * memory, with no bound: a 2 MB PDF whose content stream inflates to 2 GB takes 4 GB of memory and
 * 20 s to read. So every stream is decoded here first, as pdf.js would before reading it, against
 * one budget for the whole file: decrypted when the file opens without a password, then through
 * its filters (Flate, LZW, run-length, ASCII hex and 85, chained, by full or short name, even named
 * in another object). Images count too, since a stream's dictionary can claim to be an image and
 * still be read as a page's content; image codecs (DCT, JPX, CCITT, JBIG2) end a chain, as pdf.js
 * does not decode images to read text. Where the file says something two ways (a key twice, an
 * object defined twice, a /Length past an "endstream" in the data), the reading that decodes to
 * most counts: which one pdf.js takes is not guessed.
 */
export function pdfInflationProblem(pdf: Buffer, limit: number): InputProblem | undefined {
  const text = pdf.toString("latin1");
  const streams = rawStreams(text);
  const objects = new ObjectIndex(text);
  const file: PdfFile = { bytes: pdf, text, objects, decryptions: decryptionReadings(text, objects) };
  objects.addObjectStreams(streams, (stream) => readings(file, stream, limit, true));
  let remaining = limit;
  for (const stream of streams) {
    let longest = 0;
    for (const decoded of readings(file, stream, remaining, false)) {
      if (decoded === undefined) return { code: "pdf-too-large", limit: formatBytes(limit) };
      longest = Math.max(longest, decoded.length);
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
    const dictionary = dictionaryBefore(text, match.index, Math.max(boundary, match.index - maxDictionaryLength));
    const opening = dictionary && match.index + 2 - dictionary.length;
    const header = opening && /(\d+)\s+(\d+)\s+obj\s*$/.exec(text.slice(Math.max(0, opening - 40), opening));
    const object = header ? { number: Number(header[1]), generation: Number(header[2]) } : undefined;
    streams.push({ object, dictionary, start, end });
    boundary = end;
  }
  return streams;
}

/**
 * The stream's data in every reading of its length, its decryption and its filters; undefined
 * where that passes `limit`. A stream with no filter pdf.js decodes gives nothing, its bytes being
 * within --max-size already, unless `unfiltered` asks for them (an object stream's objects).
 */
function* readings(file: PdfFile, stream: RawStream, limit: number, unfiltered: boolean): Generator<Uint8Array | undefined> {
  const { bytes, text, objects, decryptions } = file;
  const decodable = entryReadings(stream.dictionary, "Filter", filterValue, objects).map(filterNames).filter((filters) => streamFilters.has(filters[0] ?? ""));
  if (decodable.length === 0 && !unfiltered) return;
  const filterings = decodable.length > 0 ? decodable : [[]];
  // pdf.js reads /Length bytes when "endstream" follows them, so the word earlier in the data does not end the stream for it.
  const ends = [stream.end];
  for (const length of entryReadings(stream.dictionary, "Length", /^\d+/, objects).map(Number)) {
    const end = stream.start + length;
    if (end > stream.end && /^\s*endstream/.test(text.slice(end, end + 32))) ends.push(end);
  }
  // Cross-reference streams are never encrypted.
  const decrypting = stream.object && !/\/Type\s*\/XRef\b/.test(stream.dictionary ?? "") ? decryptions : [undefined];
  for (const end of ends) {
    const raw = bytes.subarray(stream.start, end);
    for (const decryption of decrypting) {
      const data = decryption && stream.object ? decryption(stream.object.number, stream.object.generation, raw) : raw;
      for (const filters of filterings) yield decode(data, filters, limit);
    }
  }
}

/** Data through its filters while they are ones pdf.js decodes; undefined when that passes `limit`. */
function decode(data: Uint8Array, filters: readonly string[], limit: number): Uint8Array | undefined {
  let decoded = data;
  for (const name of filters) {
    const decoder = streamFilters.get(name);
    if (decoder === undefined || decoded.length === 0) break;
    const next = decoder(decoded, limit);
    if (next === undefined) return undefined;
    decoded = next;
  }
  return decoded;
}

/** Every way the file decrypts its streams: not at all, or with each /Encrypt and /ID it gives, when it opens without a password. */
function decryptionReadings(text: string, objects: ObjectIndex): Array<StreamDecryption | undefined> {
  const readings: Array<StreamDecryption | undefined> = [undefined];
  if (!text.includes("/Encrypt")) return readings;
  const dictionaries: string[] = [];
  for (const match of text.matchAll(/\/Encrypt\s*(?:(\d+)\s+(\d+)\s+R|(?=<<))/g)) {
    if (match[1] === undefined) dictionaries.push(dictionaryAt(text, match.index + match[0].length, maxDictionaryLength) ?? "");
    else dictionaries.push(...objects.dictionariesOf(`${match[1]} ${match[2]}`));
  }
  const ids = [...text.matchAll(/\/ID\s*\[\s*(?=[<(])/g)].map((match) => pdfStringAt(text, match.index + match[0].length));
  for (const dictionary of new Set(dictionaries)) {
    for (const id of ids.length > 0 ? ids : [Buffer.alloc(0)]) {
      const decryption = emptyPasswordDecryption(dictionary, id);
      if (decryption) readings.push(decryption);
    }
  }
  return readings;
}

const filterValue = /^(?:\[[^\]]*\]|\/[^\s/<>[\]()]+)/;

/** Every value of a dictionary entry, given in the dictionary or in another object ("/Length 12 0 R"). */
function entryReadings(dictionary: string | undefined, key: string, shape: RegExp, objects: ObjectIndex): string[] {
  const values: string[] = [];
  // "/Length1" is another key than "/Length".
  const entry = new RegExp(`/${key}(?![\\w#])\\s*(\\d+\\s+\\d+\\s+R\\b|${shape.source.replace(/^\^/, "")})`, "g");
  for (const [, value] of dictionary?.matchAll(entry) ?? []) {
    const reference = /^(\d+)\s+(\d+)\s+R$/.exec(value as string);
    values.push(...(reference ? objects.valuesAt(`${reference[1]} ${reference[2]}`, shape) : [value as string]));
  }
  return values;
}

/** "#xx" in a name is the byte xx: "/Fl#61teDecode" is FlateDecode. */
function filterNames(value: string): string[] {
  return (value.match(/\/[^\s/<>[\]()]+/g) ?? []).map((name) => name.slice(1).replace(/#([0-9a-f]{2})/gi, (_, hex: string) => String.fromCharCode(parseInt(hex, 16))));
}

/**
 * The objects of the file by id ("12 0"): those written in the open, and those packed in object
 * streams (/Type /ObjStm), decoded as any stream. Every definition of an id is kept.
 */
class ObjectIndex {
  private readonly bodies = new Map<string, Array<() => string>>();
  /** The objects in the open are found on the first lookup, so a file that names none by reference is not scanned for them. */
  private openObjectsFound = false;

  constructor(private readonly text: string) {}

  addObjectStreams(streams: readonly RawStream[], decoded: (stream: RawStream) => Iterable<Uint8Array | undefined>): void {
    for (const stream of streams) {
      if (!stream.dictionary || !/\/Type\s*\/ObjStm\b/.test(stream.dictionary)) continue;
      const first = Number(/\/First\s+(\d+)/.exec(stream.dictionary)?.[1]);
      if (!Number.isInteger(first)) continue;
      for (const data of decoded(stream)) {
        if (!data) continue;
        const content = Buffer.from(data).toString("latin1");
        const header = content.slice(0, first).trim().split(/\s+/).map(Number);
        for (let i = 0; i + 1 < header.length; i += 2) {
          const start = first + (header[i + 1] as number);
          this.add(`${header[i]} 0`, () => content.slice(start, start + maxDictionaryLength).trimStart());
        }
      }
    }
  }

  /** The value at the start of each definition of object `id` that has that shape. */
  valuesAt(id: string, shape: RegExp): string[] {
    return this.definitions(id).flatMap((body) => shape.exec(body())?.[0] ?? []);
  }

  /** The dictionary each definition of object `id` that opens with one opens with. */
  dictionariesOf(id: string): string[] {
    return this.definitions(id).flatMap((body) => dictionaryAt(body(), 0, maxDictionaryLength) ?? []);
  }

  private definitions(id: string): Array<() => string> {
    if (!this.openObjectsFound) {
      this.openObjectsFound = true;
      for (const match of this.text.matchAll(/(\d+)\s+(\d+)\s+obj\b/g)) {
        const start = match.index + match[0].length;
        this.add(`${match[1]} ${match[2]}`, () => this.text.slice(start, start + maxDictionaryLength).trimStart());
      }
    }
    return this.bodies.get(id) ?? [];
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
