const offsetBasis = 0x811c9dc5;
const prime = 0x01000193;

/**
 * FNV-1a over the UTF-16 code units, as 8 hex digits: a stable fingerprint that needs no crypto
 * module, so a formatter stays pure. Not for security, only for telling findings apart across runs.
 */
export function fnv1a(text: string): string {
  let hash = offsetBasis;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, prime) >>> 0;
  }
  return hash.toString(16).padStart(8, "0");
}
