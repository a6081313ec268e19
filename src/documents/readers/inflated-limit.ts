const maxInflatedBytes = 200 * 1024 * 1024;
const inflationFactor = 50;

/** How much a compressed document (DOCX, PDF) of at most `maxBytes` may inflate to: 50× the size limit, never more than 200 MB. */
export function inflatedLimitFor(maxBytes: number): number {
  return Math.min(maxBytes * inflationFactor, maxInflatedBytes);
}
