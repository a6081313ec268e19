import { formatBytes } from "../format-bytes.js";
import type { InputProblem } from "../input-problem.js";
import type { ZipEntry } from "./zip-directory.js";
import { inflateEntry, ZipEntryTooLargeError } from "./zip-entry.js";

/**
 * Why the archive must not be unzipped, or undefined when it is safe. JSZip (under mammoth)
 * inflates whole entries in memory and compares sizes only afterwards, so the declared sizes are
 * summed first, and the parts a parser will read are inflated here with their declared size as a
 * hard bound: an entry that lies about its size is refused before it can exhaust memory.
 */
export function zipBombProblem(zip: Buffer, entries: readonly ZipEntry[], limit: number): InputProblem | undefined {
  const declared = entries.reduce((sum, entry) => sum + entry.uncompressedSize, 0);
  if (declared > limit) return { code: "zip-too-large", limit: formatBytes(limit) };
  const liar = entries.filter(isParsedPart).find((entry) => inflatesBeyondDeclared(zip, entry));
  return liar && { code: "zip-entry-too-large", entry: liar.name, declared: formatBytes(liar.uncompressedSize) };
}

/** The XML parts a DOCX parser reads; media are never unpacked because images are not converted. */
function isParsedPart(entry: ZipEntry): boolean {
  return entry.name.endsWith(".xml") || entry.name.endsWith(".rels");
}

function inflatesBeyondDeclared(zip: Buffer, entry: ZipEntry): boolean {
  try {
    inflateEntry(zip, entry);
    return false;
  } catch (error) {
    if (error instanceof ZipEntryTooLargeError) return true;
    throw error;
  }
}
