import { fold, titleCase, type Item, type Marker } from "./legal-structure.js";
import type { PassageKind } from "./types.js";

/** Before the first article, among articles and dispositions, or after a closing formula ("POR TANTO:"). */
export type Region = "preamble" | "body" | "closing";

/** A unit the outline agreed to open: its kind, its label, and how it grows over the next lines. */
export interface Opening {
  kind: PassageKind;
  label: string;
  /** Headings whose line has only "CAPÍTULO I" take the next line as their title. */
  needsTitle?: boolean;
}

/** The article or disposition (a provision) that items — numerals, literals, incisos — belong to. */
interface Provision {
  label: string;
  /** "5" of "Artículo 5": numerals under it must read 5.x. Null for "Artículo Único" and dispositions. */
  number: number | null;
}

const ITEM_WORD: Record<Item["shape"], string> = {
  numeral: "numeral",
  number: "inciso",
  roman: "inciso",
  letter: "literal",
  lowerRoman: "inciso",
};

const SINGULAR: Record<string, string> = {
  disposicion: "Disposición",
  articulo: "Artículo",
  complementaria: "Complementaria",
  final: "Final",
  transitoria: "Transitoria",
  transitorio: "Transitorio",
  modificatoria: "Modificatoria",
  derogatoria: "Derogatoria",
  adicional: "Adicional",
};

/** "DISPOSICIONES COMPLEMENTARIAS FINALES" → "Disposición Complementaria Final", the name each of its items carries. */
function singularGroup(words: string): string {
  return words
    .trim()
    .split(/\s+/)
    .map((word) => {
      const key = fold(word);
      if (key === "y" || key === "e") return key;
      return SINGULAR[key] ?? SINGULAR[key.replace(/es$/, "")] ?? SINGULAR[key.replace(/s$/, "")] ?? titleCase(word);
    })
    .join(" ");
}

/**
 * Where the reader is in the legal structure, and which markers make sense there. Labels name an
 * article or disposition and the items within it ("Artículo 3, numeral 3.2, literal b)"); headings
 * are kept as context for their own label ("Título II, Capítulo I") but do not prefix articles.
 * Items are typed by their shape (numbers are kind "numeral", letters kind "literal"). Numerals
 * ("5.2") always sit right under their article; any other shape not yet in the current path nests
 * under the deepest item, so "I. … a) … II." and "2. a) … i) … b)" both unwind correctly.
 */
export class Outline {
  region: Region = "preamble";
  /** After "CONSIDERANDO:", a "Que" without a comma also opens a considerando. */
  considerandoMode = false;
  /** Whether an article or disposition was seen: without one the document has no preamble, only paragraphs. */
  hasStructure = false;
  private headings: string[] = [];
  private group: string | null = null;
  private provision: Provision | null = null;
  private path: Item[] = [];
  private considerandos = 0;

  get inProvision(): boolean {
    return this.provision !== null;
  }

  /** Whether `marker` opens a unit here; mid-line ("inline") items must continue their list exactly. */
  open(marker: Marker, placement: "line" | "inline"): Opening | null {
    switch (marker.type) {
      case "article":
        return this.openProvision("article", `Artículo ${marker.name}`, marker.number);
      case "heading":
        return this.openHeading(marker.level, marker.name, marker.needsTitle);
      case "group":
        this.leaveProvision();
        this.headings = [];
        this.group = singularGroup(marker.words);
        return { kind: "heading", label: titleCase(marker.words) };
      case "disposition":
        return this.openDisposition(marker.group, marker.ordinal);
      case "item":
        return this.openItem(marker.item, placement);
      case "considerando":
        return this.openConsiderando(marker.explicit);
      case "considerandoHeader":
        this.considerandoMode = true;
        return null;
    }
  }

  /** "Estando a lo expuesto…", "DECRETA:": the considerandos are over. */
  endConsiderandos(): void {
    this.considerandoMode = false;
  }

  /** "POR TANTO:", "Dado en…": signatures follow, until a new article or heading. */
  close(): void {
    this.leaveProvision();
    this.group = null;
    this.region = "closing";
  }

  private leaveProvision(): void {
    this.provision = null;
    this.path = [];
    this.considerandoMode = false;
    if (this.region === "closing") this.region = "body";
  }

  private openProvision(kind: PassageKind, label: string, number: number | null): Opening {
    this.leaveProvision();
    if (kind === "article") this.group = null;
    this.provision = { label, number };
    this.region = "body";
    this.hasStructure = true;
    return { kind, label };
  }

  private openHeading(level: number, name: string, needsTitle: boolean): Opening {
    this.leaveProvision();
    this.group = null;
    this.headings.length = Math.min(this.headings.length, level);
    this.headings[level] = name;
    return { kind: "heading", label: this.headings.filter(Boolean).join(", "), needsTitle };
  }

  private openDisposition(group: string | null, ordinal: string): Opening | null {
    const name = group === null ? this.group : singularGroup(group);
    if (name === null) return null;
    const opening = this.openProvision("disposition", `${name} ${ordinal}`, null);
    this.group = name;
    return opening;
  }

  private openConsiderando(explicit: boolean): Opening | null {
    if (this.provision !== null || (!explicit && !this.considerandoMode)) return null;
    this.considerandoMode = true;
    this.considerandos += 1;
    return { kind: "considerando", label: `Considerando ${this.considerandos}` };
  }

  private openItem(candidate: Item, placement: "line" | "inline"): Opening | null {
    if (this.provision === null || this.region !== "body") return null;
    const item = this.resolveLetter(candidate);
    if (!this.continuesList(item, placement)) return null;
    const same = item.shape === "numeral" ? 0 : this.path.findIndex((p) => p.shape === item.shape);
    if (same >= 0) this.path.length = same;
    this.path.push(item);
    const parts = this.path.map((p) => `${ITEM_WORD[p.shape]} ${p.name}`);
    const kind = item.shape === "letter" || item.shape === "lowerRoman" ? "literal" : "numeral";
    return { kind, label: [this.provision.label, ...parts].join(", ") };
  }

  /** "i)" after "h)" is a letter, after "b)" a roman sub-list; "v)" after "iv)" is roman; "c)" and "C)" are letters unless they continue a roman list. */
  private resolveLetter(item: Item): Item {
    if (item.alsoRoman === undefined) return item;
    const numeral = item.name.slice(0, -1);
    const shape = numeral === numeral.toLowerCase() ? "lowerRoman" : "roman";
    const romans = this.path.find((p) => p.shape === shape);
    const letters = this.path.find((p) => p.shape === "letter");
    const continuesRomans = item.alsoRoman === (romans ? romans.order + 1 : 1);
    const continuesLetters = item.order === (letters ? letters.order + 1 : 1);
    return continuesRomans && (romans !== undefined || !continuesLetters) ? { shape, name: numeral, order: item.alsoRoman } : item;
  }

  /** Line-start items may skip a couple of entries (derogated, mistyped); mid-line ones must be the very next. */
  private continuesList(item: Item, placement: "line" | "inline"): boolean {
    const provision = this.provision as Provision;
    if (item.shape === "numeral" && provision.number !== null && item.prefix !== provision.number) return false;
    const last = this.path.find((p) => p.shape === item.shape);
    if (placement === "inline") return last ? item.order === last.order + 1 : item.order <= 2;
    if (item.shape === "numeral" || (item.shape === "letter" && !item.dotted)) return true;
    if (!last) return item.order <= 2;
    if (item.repeats) return item.order === last.order;
    return item.order > last.order && item.order <= last.order + 3;
  }
}
