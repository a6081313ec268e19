import { inflateRawSync } from "node:zlib";
import { ZipFormatError, type ZipEntry } from "./zip-directory.js";

const localHeaderSignature = 0x04034b50;
const localHeaderLength = 30;
const stored = 0;
const deflated = 8;

/** An entry's bytes as stored in the archive (still compressed). */
export function entryData(zip: Buffer, entry: ZipEntry): Buffer {
  const header = entry.localHeaderOffset;
  if (header + localHeaderLength > zip.length || zip.readUInt32LE(header) !== localHeaderSignature) {
    throw new ZipFormatError(`${entry.name}: damaged local header`);
  }
  const start = header + localHeaderLength + zip.readUInt16LE(header + 26) + zip.readUInt16LE(header + 28);
  if (start + entry.compressedSize > zip.length) throw new ZipFormatError(`${entry.name}: data lies outside the file (truncated?)`);
  return zip.subarray(start, start + entry.compressedSize);
}

/** An entry is larger than its declared uncompressed size: a lie a zip bomb tells. */
export class ZipEntryTooLargeError extends ZipFormatError {}

/** An entry's uncompressed bytes, never more than its declared size (see zipBombProblem). */
export function inflateEntry(zip: Buffer, entry: ZipEntry): Buffer {
  const data = entryData(zip, entry);
  if (entry.method === stored) {
    if (data.length > entry.uncompressedSize) throw new ZipEntryTooLargeError(`${entry.name}: larger than declared`);
    return data;
  }
  if (entry.method !== deflated) throw new ZipFormatError(`${entry.name}: unsupported compression method ${entry.method}`);
  try {
    return inflateRawSync(data, { maxOutputLength: Math.max(1, entry.uncompressedSize) });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ERR_BUFFER_TOO_LARGE") throw new ZipEntryTooLargeError(`${entry.name}: larger than declared`);
    throw new ZipFormatError(`${entry.name}: ${(error as Error).message}`);
  }
}
