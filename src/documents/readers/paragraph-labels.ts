import { ListCounters } from "./list-counters.js";
import type { ListDefinitions, ListPlace } from "./list-definitions.js";
import { walkOoxml } from "./ooxml-reader.js";

/** A body paragraph of word/document.xml, in document order: its text and the number Word shows before it. */
export interface ParagraphLabel {
  text: string;
  label?: string;
}

/** Moved-away text and tracked changes' old properties: what mammoth leaves out. (Deleted runs hold w:delText, never read.) */
const skipped = new Set(["w:moveFrom", "w:pPrChange", "w:rPrChange"]);

interface OpenParagraph {
  entry: ParagraphLabel;
  styleId?: string;
  numId?: string;
  level?: number;
  /** A tracked deletion of the paragraph mark: mammoth joins the paragraph to the next one. */
  markDeleted?: boolean;
}

/**
 * Walks word/document.xml and numbers its list paragraphs as Word does. A paragraph is numbered
 * by the rule mammoth applies (its w:numPr, else the list level linked to its style), so that the
 * two readings agree on which paragraphs are list items.
 */
export function readParagraphLabels(xml: string, definitions: ListDefinitions): ParagraphLabel[] {
  const counters = new ListCounters(definitions);
  const paragraphs: ParagraphLabel[] = [];
  const open: OpenParagraph[] = [];
  const path: string[] = [];
  const within = (...names: string[]) => names.every((name, i) => path[path.length - names.length + i] === name);
  let carried = "";
  walkOoxml(
    xml,
    {
      open(element) {
        path.push(element.name);
        const paragraph = open.at(-1);
        if (element.name === "w:p") {
          const entry: ParagraphLabel = { text: carried };
          carried = "";
          paragraphs.push(entry);
          open.push({ entry });
        } else if (paragraph && within("w:p", "w:pPr", "w:rPr", "w:del")) {
          paragraph.markDeleted = true;
        } else if (paragraph && within("w:p", "w:pPr", "w:pStyle")) {
          paragraph.styleId = element.attribute("val");
        } else if (paragraph && within("w:p", "w:pPr", "w:numPr", "w:numId")) {
          paragraph.numId = element.attribute("val");
        } else if (paragraph && within("w:p", "w:pPr", "w:numPr", "w:ilvl")) {
          paragraph.level = Number.parseInt(element.attribute("val") ?? "", 10);
        }
      },
      close(name) {
        // A paragraph's properties come before its content: numbered then, in document order.
        if (name === "w:pPr" && within("w:p", "w:pPr")) {
          const paragraph = open.at(-1);
          const place = paragraph && !paragraph.markDeleted ? placeOf(paragraph, definitions) : undefined;
          if (paragraph && place) {
            const label = counters.next(place);
            if (label) paragraph.entry.label = label;
          }
        } else if (name === "w:p") {
          const paragraph = open.pop();
          if (paragraph?.markDeleted && paragraphs.at(-1) === paragraph.entry) {
            paragraphs.pop();
            carried = paragraph.entry.text;
          }
        }
        path.pop();
      },
      text(text) {
        const paragraph = open.at(-1);
        if (paragraph && path.at(-1) === "w:t") paragraph.entry.text += text;
      },
    },
    skipped,
  );
  return paragraphs;
}

/** mammoth's readNumberingProperties: w:numPr with a level, else the style's list level, else level 0 of w:numId. */
function placeOf(paragraph: OpenParagraph, definitions: ListDefinitions): ListPlace | undefined {
  const { numId, level, styleId } = paragraph;
  if (numId !== undefined && level !== undefined && !Number.isNaN(level)) return definitions.place(numId, level);
  const byStyle = styleId === undefined ? undefined : definitions.placeByStyle(styleId);
  if (byStyle) return byStyle;
  return numId === undefined ? undefined : definitions.place(numId, 0);
}
