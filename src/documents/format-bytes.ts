const kilobyte = 1024;
const megabyte = 1024 * 1024;

/** Sizes as --max-size spells them (1024-based): "20 MB", "1.95 KB", "900 bytes". */
export function formatBytes(bytes: number): string {
  if (bytes >= megabyte) return `${trimDecimals(bytes / megabyte)} MB`;
  if (bytes >= kilobyte) return `${trimDecimals(bytes / kilobyte)} KB`;
  return `${bytes} bytes`;
}

function trimDecimals(value: number): string {
  return String(Math.round(value * 100) / 100);
}
