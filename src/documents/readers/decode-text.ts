import { decodeWindows1252 } from "./windows-1252.js";

/** More control characters than this share of the text means the bytes are not a text file. */
const maxControlShare = 0.01;

/**
 * The bytes of a text file as a string, or null when they are not text.
 * UTF-8 first (a BOM is dropped); bytes that are not valid UTF-8 are Windows-1252, the usual
 * encoding of Spanish text saved by older Windows software (a superset of Latin-1 in practice).
 */
export function decodeText(bytes: Uint8Array): string | null {
  const utf16 = utf16Encoding(bytes);
  if (utf16) return rejectControlHeavy(new TextDecoder(utf16).decode(bytes));
  if (bytes.includes(0)) return null;
  return rejectControlHeavy(decodeUtf8OrWindows1252(bytes));
}

function utf16Encoding(bytes: Uint8Array): "utf-16le" | "utf-16be" | undefined {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return "utf-16le";
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return "utf-16be";
  return undefined;
}

function decodeUtf8OrWindows1252(bytes: Uint8Array): string {
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    return decodeWindows1252(bytes);
  }
}

/** C0 and C1 controls, except the ones text files really contain: tab, line breaks, vertical tab, form feed. */
const controlCharacters = /[\x00-\x08\x0e-\x1f\x7f-\x9f]/g;

/** Counted by a regular expression, which scans text about twice as fast as a loop over char codes. */
function rejectControlHeavy(text: string): string | null {
  const limit = text.length * maxControlShare;
  let controls = 0;
  controlCharacters.lastIndex = 0;
  while (controlCharacters.exec(text) !== null) {
    if (++controls > limit) return null;
  }
  return text;
}
