import type { SourceDocument } from "../documents/types.js";
import { lastAtOrBefore } from "../text/last-at-or-before.js";
import { createLineIndex } from "../text/line-index.js";
import type { Span } from "../text/types.js";
import {
  contentStart,
  isClosingFormula,
  isNote,
  isPreambleFormula,
  readInlineArticle,
  readItem,
  readLineMarker,
  skipSpaces,
  type Found,
} from "./legal-structure.js";
import { Outline, type Opening, type Region } from "./outline.js";
import { isAbbreviationDot, splitLongSpan } from "./sentence-ends.js";
import type { Passage, PassageKind } from "./types.js";

/**
 * A stretch of text as the line scan sees it. Legal units (articles, items, dispositions,
 * considerandos) run over blank lines until the next marker: an article's own paragraphs are one
 * passage with the article's label, and text after a literal stays with that literal. Blocks
 * (text outside any legal unit) end at a blank line and become the preamble or "Párrafo N".
 */
interface Unit {
  start: number;
  end: number;
  kind: PassageKind | "block";
  label: string;
  /** For blocks: the region they were found in; a block before the first article is preamble. */
  region: Region;
  /** For blocks: whether the last line ended a sentence; if not, a blank line is a wrap, not a paragraph break. */
  ended?: boolean;
  /** For headings: "wanted" until a title line is taken, then "taking" while upper-case lines continue it. */
  title?: "wanted" | "taking";
}

const MARKDOWN_HEADING = /^\s{0,3}#{1,6}\s/;
/** Where a mid-line marker may begin: after a sentence or clause end, or after a closing quote. */
const INLINE_BOUNDARY = /[.:;]["”»’)]?\s+|["”»]\s+/g;
const MAX_TITLE_LENGTH = 200;
/** Some converters put a blank line after every wrapped line; a paragraph only ends after a line that ends a sentence. */
const SENTENCE_END = /[.:;?!][\s*_)"”’»]*$/;

class UnitBuilder {
  readonly units: Unit[] = [];
  readonly outline = new Outline();
  private current: Unit | null = null;

  line(line: string, offset: number): void {
    const at = contentStart(line);
    if (at === line.length) {
      if (line.trim() === "") this.blank();
      else if (this.current) this.current.end = offset + line.length;
      return;
    }
    const first = offset + line.search(/\S/);
    const note = isNote(line, at);
    const found = note ? null : readLineMarker(line, at);
    const opened = found ? this.openNested(found, line) : null;
    if (opened) {
      this.begin(opened.opening, first, offset + line.length);
      this.scanInline(line, offset, opened.end);
      return;
    }
    this.text(line, at, first, offset + line.length);
    if (!note) this.scanInline(line, offset, at);
  }

  /** "2. a) Se entenderá…": a marker directly followed by a nested item opens one unit, named by the deepest. */
  private openNested(found: Found, line: string): { opening: Opening; end: number } | null {
    let opening = this.outline.open(found.marker, "line");
    if (!opening) return null;
    let end = found.end;
    for (;;) {
      const next = found.marker.type === "item" ? readItem(line, skipSpaces(line, end)) : null;
      const nested = next && this.outline.open(next.marker, "line");
      if (!next || !nested) return { opening, end };
      opening = nested;
      end = next.end;
      found = next;
    }
  }

  private text(line: string, at: number, first: number, lineEnd: number): void {
    const outline = this.outline;
    const current = this.current;
    if (outline.considerandoMode && current?.kind === "considerando" && isPreambleFormula(line, at)) {
      outline.endConsiderandos();
      this.beginBlock(first, lineEnd);
    } else if (outline.region === "body" && isClosingFormula(line, at)) {
      outline.close();
      this.beginBlock(first, lineEnd);
    } else if (current && this.accepts(current, line, lineEnd - first)) {
      current.end = lineEnd;
    } else {
      this.beginBlock(first, lineEnd);
    }
    if (this.current?.kind === "block") this.current.ended = SENTENCE_END.test(line);
    if (MARKDOWN_HEADING.test(line) && this.current?.kind === "block") this.current = null;
  }

  private accepts(unit: Unit, line: string, length: number): boolean {
    if (unit.kind !== "heading") return unit.kind !== "block" || !MARKDOWN_HEADING.test(line);
    const takes =
      (unit.title === "wanted" && length <= MAX_TITLE_LENGTH) || (unit.title === "taking" && line === line.toUpperCase());
    if (takes) unit.title = "taking";
    return takes;
  }

  private blank(): void {
    if (this.current?.kind === "block" && this.current.ended) this.current = null;
  }

  /** Mid-line markers: "… materia. 6.2 Dentro…", "…: a) Incumplir…", "…correspondientes.\" \"Artículo 12.-". */
  private scanInline(line: string, offset: number, from: number): void {
    // Outside an article only another article can open mid-line, and its heading contains "rt": most lines skip the scan.
    if (!this.outline.inProvision && !line.includes("rt", from) && !line.includes("RT", from)) return;
    INLINE_BOUNDARY.lastIndex = from;
    for (let m = INLINE_BOUNDARY.exec(line); m; m = INLINE_BOUNDARY.exec(line)) {
      const at = m.index + m[0].length;
      if (line[m.index] === "." && isAbbreviationDot(line, m.index)) continue;
      const found = readInlineArticle(line, at) ?? (this.outline.inProvision ? readItem(line, at) : null);
      const opening = found && this.outline.open(found.marker, "inline");
      if (!found || !opening) continue;
      this.begin(opening, offset + at, offset + line.length);
      INLINE_BOUNDARY.lastIndex = found.end;
    }
  }

  private begin(opening: Opening, start: number, end: number): void {
    const title = opening.kind === "heading" ? (opening.needsTitle ? "wanted" : "taking") : undefined;
    this.push({ start, end, kind: opening.kind, label: opening.label, region: this.outline.region, title });
  }

  private beginBlock(start: number, end: number): void {
    this.push({ start, end, kind: "block", label: "", region: this.outline.region });
  }

  private push(unit: Unit): void {
    const previous = this.units[this.units.length - 1];
    if (previous && previous.end > unit.start) previous.end = unit.start;
    this.units.push(unit);
    this.current = unit;
  }
}

/** Blocks before the first article form the preamble (adjacent ones merged); all others are numbered paragraphs. */
function nameBlocks(units: Unit[], hasStructure: boolean): Unit[] {
  const named: Unit[] = [];
  let paragraphs = 0;
  for (const unit of units) {
    if (unit.kind !== "block") {
      named.push(unit);
    } else if (hasStructure && unit.region === "preamble") {
      const previous = named[named.length - 1];
      if (previous?.kind === "preamble") previous.end = unit.end;
      else named.push({ ...unit, kind: "preamble", label: "Preámbulo" });
    } else {
      named.push({ ...unit, kind: "paragraph", label: `Párrafo ${++paragraphs}` });
    }
  }
  return named;
}

function trimmed(text: string, start: number, end: number): Span | null {
  while (start < end && /\s/.test(text[start] as string)) start++;
  while (end > start && /\s/.test(text[end - 1] as string)) end--;
  return start < end ? { start, end } : null;
}

function scanUnits(text: string): { units: Unit[]; hasStructure: boolean } {
  const builder = new UnitBuilder();
  for (let offset = 0; offset <= text.length; ) {
    const newline = text.indexOf("\n", offset);
    const lineEnd = newline === -1 ? text.length : newline;
    const contentEnd = text.charCodeAt(lineEnd - 1) === 13 && lineEnd > offset ? lineEnd - 1 : lineEnd;
    builder.line(text.slice(offset, contentEnd), offset);
    offset = lineEnd + 1;
  }
  return { units: builder.units, hasStructure: builder.outline.hasStructure };
}

/**
 * Splits a document into located passages that follow its legal structure. Pure; never throws.
 *
 * Labels: "Artículo 5" (also "Artículo 20-A", "Artículo 12 bis", "Artículo Único") for the article
 * heading and its own text, all its unnumbered paragraphs included; "Artículo 5, numeral 5.1" for
 * numerals; "literal a)" for letters; "inciso II" / "inciso 1" for roman and plain numbers, nested
 * in the order they appear ("Artículo 3, numeral 3.2, literal b)"). Text after an item stays with
 * that item. "Disposición Complementaria Final Primera" (the group heading made singular, then the
 * ordinal) for dispositions, "Transitorio Primero" under "TRANSITORIOS". "Considerando N" for each
 * "Que, …"; other text before the first article is one "Preámbulo"; headings are "Título II,
 * Capítulo I"; text outside all that (no articles at all, or signatures after "POR TANTO:") is
 * "Párrafo N", numbered among paragraphs. A passage over 1,500 characters is cut at sentence ends
 * into "… (parte 1)", "… (parte 2)".
 */
export function segmentDocument(doc: SourceDocument): Passage[] {
  const { text } = doc;
  if (!/\S/.test(text)) return [];
  const { units, hasStructure } = scanUnits(text);
  const lines = createLineIndex(text);
  const pages = doc.pages ? [...doc.pages].sort((a, b) => a.offset - b.offset) : undefined;
  const pageStarts = pages?.map((page) => page.offset);
  const { paragraphs } = doc;
  const passages: Passage[] = [];
  for (const unit of nameBlocks(units, hasStructure)) {
    const span = trimmed(text, unit.start, unit.end);
    if (!span) continue;
    const chunks = splitLongSpan(text, span);
    chunks.forEach((chunk, part) => {
      const passage: Passage = {
        index: passages.length,
        kind: unit.kind as PassageKind,
        label: chunks.length > 1 ? `${unit.label} (parte ${part + 1})` : unit.label,
        span: chunk,
        start: lines.positionAt(chunk.start),
        end: lines.positionAt(chunk.end - 1),
      };
      // Text before the first page start belongs to the first page.
      const page = pageStarts && pages?.[lastAtOrBefore(pageStarts, chunk.start)]?.page;
      if (page !== undefined) passage.page = page;
      if (paragraphs && paragraphs.length > 0) passage.paragraph = lastAtOrBefore(paragraphs, chunk.start) + 1;
      passages.push(passage);
    });
  }
  return passages;
}
