import { constants, inflateSync } from "node:zlib";
import { hexBytes } from "./pdf-syntax.js";

/**
 * The PDF stream filters pdf.js decodes before it reads a page, each bounded: a decoder returns
 * undefined as soon as its output would pass `limit` bytes. Only what a decompression-bomb check
 * needs: no predictors (they only shrink data) and no image codecs (pdf.js does not decode images
 * to read text). Data a decoder cannot read ends its output there; pdf.js judges it.
 */
export type BoundedDecoder = (data: Uint8Array, limit: number) => Uint8Array | undefined;

/** By the names pdf.js accepts, full and abbreviated. */
export const streamFilters: ReadonlyMap<string, BoundedDecoder> = new Map([
  ["FlateDecode", inflate],
  ["Fl", inflate],
  ["LZWDecode", lzwDecode],
  ["LZW", lzwDecode],
  ["RunLengthDecode", runLengthDecode],
  ["RL", runLengthDecode],
  ["ASCIIHexDecode", asciiHexDecode],
  ["AHx", asciiHexDecode],
  ["ASCII85Decode", ascii85Decode],
  ["A85", ascii85Decode],
]);

function inflate(data: Uint8Array, limit: number): Uint8Array | undefined {
  try {
    return inflateSync(data, { maxOutputLength: Math.max(limit, 1), finishFlush: constants.Z_SYNC_FLUSH });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ERR_BUFFER_TOO_LARGE") return undefined;
    return new Uint8Array(0);
  }
}

/** Bytes written one by one, refused past the limit. */
class BoundedOutput {
  private bytes = new Uint8Array(1024);
  length = 0;

  constructor(private readonly limit: number) {}

  /** False once the output would pass the limit. */
  push(byte: number): boolean {
    if (this.length >= this.limit) return false;
    if (this.length === this.bytes.length) {
      const grown = new Uint8Array(Math.min(this.bytes.length * 2, Math.max(this.limit, 1)));
      grown.set(this.bytes);
      this.bytes = grown;
    }
    this.bytes[this.length++] = byte;
    return true;
  }

  result(): Uint8Array {
    return this.bytes.subarray(0, this.length);
  }
}

/** LZW as PDF writes it: 9- to 12-bit codes, most significant bit first, 256 clears, 257 ends, widths growing one code early. */
function lzwDecode(data: Uint8Array, limit: number): Uint8Array | undefined {
  const prefix = new Int32Array(4096);
  const suffix = new Uint8Array(4096);
  const length = new Int32Array(4096);
  for (let code = 0; code < 256; code++) {
    prefix[code] = -1;
    suffix[code] = code;
    length[code] = 1;
  }
  const out = new BoundedOutput(limit);
  const scratch = new Uint8Array(4096);
  let next = 258;
  let width = 9;
  let previous = -1;
  let buffer = 0;
  let bits = 0;
  for (let at = 0; ; ) {
    while (bits < width && at < data.length) {
      buffer = ((buffer << 8) | (data[at++] as number)) & 0xffffff;
      bits += 8;
    }
    if (bits < width) break;
    bits -= width;
    const code = (buffer >>> bits) & ((1 << width) - 1);
    if (code === 256) {
      next = 258;
      width = 9;
      previous = -1;
      continue;
    }
    if (code === 257 || code > next || (code === next && previous < 0)) break;
    // The string of `code`; the one code not yet in the table is the previous string and its own first byte.
    const known = code < next ? code : previous;
    let size = length[known] as number;
    for (let c = known, i = size - 1; c >= 0; c = prefix[c] as number, i--) scratch[i] = suffix[c] as number;
    if (code === next) scratch[size++] = scratch[0] as number;
    for (let i = 0; i < size; i++) if (!out.push(scratch[i] as number)) return undefined;
    if (previous >= 0 && next < 4096) {
      prefix[next] = previous;
      suffix[next] = scratch[0] as number;
      length[next] = (length[previous] as number) + 1;
      next++;
    }
    previous = code;
    if (next + 1 >= 1 << width && width < 12) width++;
  }
  return out.result();
}

/** A length byte, then that many + 1 bytes to copy (0–127), or one byte to repeat 257 − length times (129–255); 128 ends. */
function runLengthDecode(data: Uint8Array, limit: number): Uint8Array | undefined {
  const out = new BoundedOutput(limit);
  for (let at = 0; at < data.length; ) {
    const run = data[at++] as number;
    if (run === 128) break;
    if (run < 128) {
      for (let i = 0; i <= run && at < data.length; i++) if (!out.push(data[at++] as number)) return undefined;
    } else {
      if (at >= data.length) break;
      const byte = data[at++] as number;
      for (let i = 0; i < 257 - run; i++) if (!out.push(byte)) return undefined;
    }
  }
  return out.result();
}

/** Written as a PDF hex string is, without its "<". */
function asciiHexDecode(data: Uint8Array, limit: number): Uint8Array | undefined {
  const bytes = hexBytes(Buffer.from(data).toString("latin1"), 0);
  return bytes.length > limit ? undefined : bytes;
}

/** Groups of five characters "!"–"u" for four bytes, "z" for four zeros, until "~". */
function ascii85Decode(data: Uint8Array, limit: number): Uint8Array | undefined {
  const text = Buffer.from(data).toString("latin1");
  const out = new BoundedOutput(limit);
  let group = 0;
  let count = 0;
  for (const char of text) {
    if (char === "~") break;
    if (char === "z" && count === 0) {
      for (let i = 0; i < 4; i++) if (!out.push(0)) return undefined;
      continue;
    }
    const digit = char.charCodeAt(0) - 33;
    if (digit < 0 || digit > 84) continue;
    group = group * 85 + digit;
    if (++count === 5) {
      for (let shift = 24; shift >= 0; shift -= 8) if (!out.push((group >>> shift) & 0xff)) return undefined;
      group = 0;
      count = 0;
    }
  }
  if (count > 1) {
    // A last partial group is padded with "u" (84), and gives one byte fewer than its characters.
    for (let i = count; i < 5; i++) group = group * 85 + 84;
    for (let i = 0, shift = 24; i < count - 1; i++, shift -= 8) if (!out.push((group >>> shift) & 0xff)) return undefined;
  }
  return out.result();
}
