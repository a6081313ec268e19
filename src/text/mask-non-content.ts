const htmlComment = /<!--[\s\S]*?-->/g;
const markerLine = /^[ \t]*policylint-disable\b.*$/gm;

/**
 * Blanks what is not the draft's content — HTML comments and policylint-disable markers — with
 * spaces, keeping every offset and line break, so a marker's reason ("no trata el aporte de los
 * migrantes") never counts as evidence for the dimension it accepts.
 */
export function maskNonContent(text: string): string {
  // Most drafts have neither: two substring searches instead of two scans of every line.
  if (!text.includes("<!--") && !text.includes("policylint-disable")) return text;
  const blank = (s: string) => s.replace(/[^\n\r]/g, " ");
  return text.replace(htmlComment, blank).replace(markerLine, blank);
}
