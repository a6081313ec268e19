import { inflateRawSync } from "node:zlib";
import { formatBytes } from "../format-bytes.js";
import { ZipFormatError, type ZipEntry } from "./zip-directory.js";

const maxInflatedBytes = 200 * 1024 * 1024;
const inflationFactor = 50;
const localHeaderSignature = 0x04034b50;
const localHeaderLength = 30;
const stored = 0;
const deflated = 8;

/** How much a document of at most `maxBytes` may inflate to: 50× the size limit, never more than 200 MB. */
export function inflatedLimitFor(maxBytes: number): number {
  return Math.min(maxBytes * inflationFactor, maxInflatedBytes);
}

/**
 * Why the archive must not be unzipped, or undefined when it is safe. JSZip (under mammoth)
 * inflates whole entries in memory and compares sizes only afterwards, so the declared sizes are
 * summed first, and the parts a parser will read are inflated here with their declared size as a
 * hard bound: an entry that lies about its size is refused before it can exhaust memory.
 */
export function zipBombReason(zip: Buffer, entries: readonly ZipEntry[], limit: number): string | undefined {
  const declared = entries.reduce((sum, entry) => sum + entry.uncompressedSize, 0);
  if (declared > limit) return `zip entries inflate to more than ${formatBytes(limit)} (possible zip bomb)`;
  const liar = entries.filter(isParsedPart).find((entry) => inflatesBeyondDeclared(zip, entry));
  return liar && `${liar.name} inflates to more than its declared ${formatBytes(liar.uncompressedSize)} (possible zip bomb)`;
}

/** The XML parts a DOCX parser reads; media are never unpacked because images are not converted. */
function isParsedPart(entry: ZipEntry): boolean {
  return entry.name.endsWith(".xml") || entry.name.endsWith(".rels");
}

function inflatesBeyondDeclared(zip: Buffer, entry: ZipEntry): boolean {
  const data = entryData(zip, entry);
  if (entry.method === stored) return data.length > entry.uncompressedSize;
  if (entry.method !== deflated) throw new ZipFormatError(`${entry.name}: unsupported compression method ${entry.method}`);
  try {
    inflateRawSync(data, { maxOutputLength: Math.max(1, entry.uncompressedSize) });
    return false;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ERR_BUFFER_TOO_LARGE") return true;
    throw new ZipFormatError(`${entry.name}: ${(error as Error).message}`);
  }
}

function entryData(zip: Buffer, entry: ZipEntry): Buffer {
  const header = entry.localHeaderOffset;
  if (header + localHeaderLength > zip.length || zip.readUInt32LE(header) !== localHeaderSignature) {
    throw new ZipFormatError(`${entry.name}: damaged local header`);
  }
  const start = header + localHeaderLength + zip.readUInt16LE(header + 26) + zip.readUInt16LE(header + 28);
  if (start + entry.compressedSize > zip.length) throw new ZipFormatError(`${entry.name}: data lies outside the file (truncated?)`);
  return zip.subarray(start, start + entry.compressedSize);
}
