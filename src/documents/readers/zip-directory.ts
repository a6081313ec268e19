/** One file of a zip as its central directory declares it. */
export interface ZipEntry {
  name: string;
  /** 0 stored, 8 deflate. */
  method: number;
  compressedSize: number;
  uncompressedSize: number;
  localHeaderOffset: number;
}

/** The archive's structure is broken: truncated, not a zip, or pointing outside itself. */
export class ZipFormatError extends Error {}

const endOfDirectorySignature = 0x06054b50;
const directoryEntrySignature = 0x02014b50;
const endOfDirectoryLength = 22;
const directoryEntryLength = 46;
const maxCommentLength = 0xffff;
const zip64Marker = 0xffffffff;

/** Reads the central directory only; nothing is inflated. */
export function readZipDirectory(zip: Buffer): ZipEntry[] {
  const end = findEndOfDirectory(zip);
  const count = zip.readUInt16LE(end + 10);
  const size = zip.readUInt32LE(end + 12);
  const offset = zip.readUInt32LE(end + 16);
  if (count === 0xffff || offset === zip64Marker) throw new ZipFormatError("ZIP64 archives are not supported");
  if (offset + size > end) throw new ZipFormatError("the central directory lies outside the file (truncated?)");
  const entries: ZipEntry[] = [];
  let position = offset;
  for (let n = 0; n < count; n++) {
    const entry = readDirectoryEntry(zip, position, end);
    entries.push(entry.entry);
    position = entry.next;
  }
  return entries;
}

function findEndOfDirectory(zip: Buffer): number {
  const lowest = Math.max(0, zip.length - endOfDirectoryLength - maxCommentLength);
  for (let i = zip.length - endOfDirectoryLength; i >= lowest; i--) {
    if (zip.readUInt32LE(i) === endOfDirectorySignature) return i;
  }
  throw new ZipFormatError("no end of central directory record (truncated, or not a zip)");
}

function readDirectoryEntry(zip: Buffer, position: number, limit: number): { entry: ZipEntry; next: number } {
  if (position + directoryEntryLength > limit || zip.readUInt32LE(position) !== directoryEntrySignature) {
    throw new ZipFormatError("damaged central directory");
  }
  const nameLength = zip.readUInt16LE(position + 28);
  const next = position + directoryEntryLength + nameLength + zip.readUInt16LE(position + 30) + zip.readUInt16LE(position + 32);
  if (next > limit) throw new ZipFormatError("damaged central directory");
  const nameStart = position + directoryEntryLength;
  return {
    entry: {
      name: zip.toString("utf8", nameStart, nameStart + nameLength),
      method: zip.readUInt16LE(position + 10),
      compressedSize: zip.readUInt32LE(position + 20),
      uncompressedSize: zip.readUInt32LE(position + 24),
      localHeaderOffset: zip.readUInt32LE(position + 42),
    },
    next,
  };
}
