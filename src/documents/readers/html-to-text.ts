import { decodeEntities } from "./html-entities.js";

/** Blocks that end a paragraph: a blank line, as the DOCX and text readers give. */
const paragraphTags = new Set([
  "p", "h1", "h2", "h3", "h4", "h5", "h6", "article", "section", "header", "footer", "main", "nav", "aside",
  "blockquote", "pre", "ul", "ol", "dl", "table", "figure", "address", "hr", "form", "fieldset", "body",
]);
/** Blocks that only start a new line. */
const lineTags = new Set(["div", "li", "tr", "dt", "dd", "caption", "figcaption", "option", "legend"]);
const cellTags = new Set(["td", "th"]);
/** Elements whose content is never text a reader sees. */
const hiddenTags = new Set(["script", "style", "noscript", "template", "title", "svg", "math", "object", "iframe"]);

type Break = 0 | 1 | 2;

/** Extracted text, and where each of its paragraphs (a block: p, li, h2, tr…) starts. */
export interface ParagraphedText {
  text: string;
  paragraphs: number[];
}

/**
 * The visible text of an HTML document, one pass over the markup: no DOM and no backtracking
 * regular expressions, so a hostile page costs time linear in its length. Every block starts a
 * paragraph; a <br> continues its own.
 */
export function htmlToParagraphs(html: string): ParagraphedText {
  const out = new TextCollector();
  let i = 0;
  while (i < html.length) {
    const open = html.indexOf("<", i);
    const textEnd = open === -1 ? html.length : open;
    if (textEnd > i) out.text(html.slice(i, textEnd));
    if (open === -1) break;
    i = readMarkup(html, open, out);
  }
  return { text: out.result(), paragraphs: out.paragraphs };
}

/** Handles the markup at `start` (a "<") and returns where text resumes. */
function readMarkup(html: string, start: number, out: TextCollector): number {
  if (html.startsWith("<!--", start)) return after(html, "-->", start + 4);
  const next = html[start + 1] ?? "";
  if (next === "!" || next === "?") return after(html, ">", start + 2);
  const closing = next === "/";
  const nameStart = start + (closing ? 2 : 1);
  const nameEnd = tagNameEnd(html, nameStart);
  if (nameEnd === nameStart) {
    out.text("<");
    return start + 1;
  }
  const name = html.slice(nameStart, nameEnd).toLowerCase();
  const tagEnd = endOfTag(html, nameEnd);
  if (!closing && hiddenTags.has(name) && html[tagEnd - 2] !== "/") return endOfElement(html, name, tagEnd);
  applyTag(name, closing, out);
  return tagEnd;
}

function applyTag(name: string, closing: boolean, out: TextCollector): void {
  if (name === "br") out.lineBreak();
  else if (paragraphTags.has(name)) out.block(2);
  else if (lineTags.has(name)) out.block(1);
  else if (cellTags.has(name)) out.space();
  if (name === "pre") out.setPreformatted(!closing);
}

function tagNameEnd(html: string, from: number): number {
  let i = from;
  if (!/[A-Za-z]/.test(html[i] ?? "")) return from;
  while (i < html.length && /[A-Za-z0-9:-]/.test(html[i] as string)) i++;
  return i;
}

/** The index after the tag's ">", skipping quoted attribute values that may contain ">". */
function endOfTag(html: string, from: number): number {
  let i = from;
  while (i < html.length) {
    const char = html[i];
    if (char === ">") return i + 1;
    if (char === '"' || char === "'") {
      const close = html.indexOf(char, i + 1);
      if (close === -1) return after(html, ">", i + 1);
      i = close;
    }
    i++;
  }
  return html.length;
}

/** Skips a hidden element's content; an unclosed one hides the rest, as an unclosed <script> does. */
function endOfElement(html: string, name: string, contentStart: number): number {
  for (let close = html.indexOf("</", contentStart); close !== -1; close = html.indexOf("</", close + 2)) {
    // Tag names are ASCII, so comparing lowercased slices keeps offsets those of `html`.
    if (html.slice(close + 2, close + 2 + name.length).toLowerCase() === name) return after(html, ">", close);
  }
  return html.length;
}

/** The index after the next `marker` from `from`, or the end of the text when there is none. */
function after(html: string, marker: string, from: number): number {
  const found = html.indexOf(marker, from);
  return found === -1 ? html.length : found + marker.length;
}

/** Collapses whitespace as a browser does and turns block boundaries into line breaks. */
class TextCollector {
  private readonly parts: string[] = [];
  readonly paragraphs: number[] = [];
  private length = 0;
  private blockPending = true;
  private pendingBreak: Break = 0;
  private pendingSpace = false;
  private preformatted = false;

  text(raw: string): void {
    if (this.preformatted) {
      this.write(decodeEntities(raw));
      return;
    }
    const collapsed = raw.replace(/[ \t\n\r\f]+/g, " ");
    const content = collapsed.trim();
    if (collapsed.startsWith(" ")) this.space();
    if (content !== "") this.write(decodeEntities(content));
    if (content !== "" && collapsed.endsWith(" ")) this.space();
  }

  space(): void {
    if (this.parts.length > 0 && this.pendingBreak === 0) this.pendingSpace = true;
  }

  block(level: 1 | 2): void {
    this.pendingBreak = Math.max(this.pendingBreak, level) as Break;
    this.pendingSpace = false;
    this.blockPending = true;
  }

  /** Each <br> counts, so <br><br> leaves a blank line as it does on screen. */
  lineBreak(): void {
    this.pendingBreak = Math.min(2, this.pendingBreak + 1) as Break;
    this.pendingSpace = false;
  }

  setPreformatted(on: boolean): void {
    this.preformatted = on;
  }

  result(): string {
    return this.parts.join("");
  }

  private write(text: string): void {
    if (this.parts.length > 0) {
      if (this.pendingBreak > 0) this.push("\n".repeat(this.pendingBreak));
      else if (this.pendingSpace) this.push(" ");
    }
    if (this.blockPending) this.paragraphs.push(this.length);
    this.push(text);
    this.pendingBreak = 0;
    this.pendingSpace = false;
    this.blockPending = false;
  }

  private push(text: string): void {
    this.parts.push(text);
    this.length += text.length;
  }
}
