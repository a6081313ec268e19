/**
 * A document path as a relative URI reference for SARIF: forward slashes, no leading "./", and each
 * segment percent-encoded so spaces, quotes and brackets in file names still make a valid URI.
 */
export function artifactUri(file: string): string {
  return file
    .replace(/\\/g, "/")
    .replace(/^(\.\/)+/, "")
    .split("/")
    .map((segment) => encodeURIComponent(segment))
    .join("/");
}
