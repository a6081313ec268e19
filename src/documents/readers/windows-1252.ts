/**
 * Bytes 0x80–0x9F in Windows-1252 (WHATWG index); the five the standard leaves as C1 controls
 * stay themselves. Needed because Node ≥ 20.18.3 decodes "windows-1252" as ISO-8859-1
 * (nodejs/node#60888), turning “curly quotes”, dashes and € into invisible controls.
 */
const upperControls = [
  0x20ac, 0x81, 0x201a, 0x192, 0x201e, 0x2026, 0x2020, 0x2021, 0x2c6, 0x2030, 0x160, 0x2039, 0x152, 0x8d, 0x17d, 0x8f,
  0x90, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x2dc, 0x2122, 0x161, 0x203a, 0x153, 0x9d, 0x17e, 0x178,
];

export function decodeWindows1252(bytes: Uint8Array): string {
  const latin1 = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString("latin1");
  return latin1.replace(/[\x80-\x9f]/g, (char) => windows1252Char(char.charCodeAt(0)));
}

/** The character a Windows-1252 byte stands for. */
export function windows1252Char(byte: number): string {
  return byte >= 0x80 && byte <= 0x9f ? String.fromCharCode(upperControls[byte - 0x80] as number) : String.fromCharCode(byte);
}
