import { readListDefinitions } from "./list-definitions.js";
import { readParagraphLabels, type ParagraphLabel } from "./paragraph-labels.js";
import type { ZipEntry } from "./zip-directory.js";
import { inflateEntry } from "./zip-entry.js";

const numberingPart = "word/numbering.xml";
const documentPart = "word/document.xml";

/** The parts of mammoth's document model that numbering touches (mammoth 1.13's shapes, pinned). */
interface ModelElement {
  type: string;
  children?: ModelElement[];
  value?: string;
}

/** mammoth.transforms, which its type declarations leave out. */
export interface MammothTransforms {
  paragraph(transform: (paragraph: ModelElement) => ModelElement): (document: ModelElement) => ModelElement;
  getDescendantsOfType(element: ModelElement, type: string): ModelElement[];
}

/**
 * The numbers of Word's automatic lists ("Artículo 5.-", "a)", "2.1."), which mammoth does not
 * compute: undefined when no paragraph has one (many documents carry list definitions they never
 * use), so there is nothing to write back.
 */
export function readListNumbers(zip: Buffer, entries: readonly ZipEntry[]): ParagraphLabel[] | undefined {
  const numbering = entries.find((entry) => entry.name === numberingPart);
  const document = entries.find((entry) => entry.name === documentPart);
  if (!numbering || !document) return undefined;
  const definitions = readListDefinitions(inflateEntry(zip, numbering).toString("utf8"));
  const paragraphs = readParagraphLabels(inflateEntry(zip, document).toString("utf8"), definitions);
  return paragraphs.some((paragraph) => paragraph.label !== undefined) ? paragraphs : undefined;
}

/**
 * A mammoth document transform that writes each list paragraph's number at its start, as Word
 * shows it. Paragraphs are matched in order, and each match is checked by its letters and digits:
 * at the first paragraph the two readings do not agree on, numbering stops and `onMismatch` says
 * where, so a number is never put before the wrong text.
 */
export function numberListParagraphs(
  labels: readonly ParagraphLabel[],
  transforms: MammothTransforms,
  onMismatch: (paragraphText: string) => void,
): (document: ModelElement) => ModelElement {
  let next = 0;
  let aligned = true;
  return transforms.paragraph((paragraph) => {
    if (!aligned) return paragraph;
    const text = transforms
      .getDescendantsOfType(paragraph, "text")
      .map((element) => element.value ?? "")
      .join("");
    const expected = labels[next++];
    if (!expected || signature(expected.text) !== signature(text)) {
      aligned = false;
      onMismatch(text);
      return paragraph;
    }
    return expected.label ? { ...paragraph, children: [labelRun(expected.label), ...(paragraph.children ?? [])] } : paragraph;
  });
}

function signature(text: string): string {
  return text.replace(/[^\p{L}\p{N}]/gu, "");
}

/** A plain run, as mammoth's documents.Run builds one, holding the number and the space Word puts after it. */
function labelRun(label: string): ModelElement {
  return {
    type: "run",
    children: [{ type: "text", value: `${label} ` }],
    styleId: null,
    styleName: null,
    isBold: false,
    isUnderline: false,
    isItalic: false,
    isStrikethrough: false,
    isAllCaps: false,
    isSmallCaps: false,
    verticalAlignment: "baseline",
    font: null,
    fontSize: null,
    highlight: null,
  } as ModelElement;
}
