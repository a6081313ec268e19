import { walkOoxml, type OoxmlElement } from "./ooxml-reader.js";

/** One level of a Word list (w:lvl). */
export interface ListLevel {
  start: number;
  /** w:numFmt: "decimal", "lowerLetter", "bullet"… */
  numFmt: string;
  /** w:lvlText: "%1)", "Artículo %1.-", "%1.%2." */
  lvlText: string;
  /** Legal numbering: every level's number shown in digits. */
  isLgl: boolean;
  /** w:lvlRestart: the 1-based level after which this one restarts; 0 never. Absent: after any higher level. */
  restartAfter?: number;
  paragraphStyle?: string;
}

/** A list definition (w:abstractNum): the levels, shared by every list instance that points to it. */
interface AbstractList {
  levels: Map<number, ListLevel>;
  /** w:numStyleLink: the levels live in the definition that declares this name as its w:styleLink. */
  numStyleLink?: string;
  styleLink?: string;
}

/** A list instance (w:num): what paragraphs point to, with its restarts and level overrides. */
interface ListInstance {
  abstractId: string;
  startOverrides: Map<number, number>;
  levelOverrides: Map<number, ListLevel>;
}

/** Where a numbered paragraph belongs: counters are kept per definition, as Word keeps them. */
export interface ListPlace {
  definitionId: string;
  instanceId: string | undefined;
  level: number;
}

/** word/numbering.xml, read for what mammoth leaves out: formats, texts, starts and restarts. */
export class ListDefinitions {
  /** The list level each paragraph style is numbered by (see placeByStyle). */
  private readonly byStyle = new Map<string, ListPlace>();

  constructor(
    private readonly abstracts: ReadonlyMap<string, AbstractList>,
    private readonly instances: ReadonlyMap<string, ListInstance>,
  ) {
    // mammoth indexes levels by style in a plain object, so where several levels name one style the
    // last in JavaScript's key order (integer ids ascending) wins; the same order is followed here.
    for (const definitionId of inObjectKeyOrder(abstracts.keys())) {
      const levels = (abstracts.get(definitionId) as AbstractList).levels;
      for (const level of [...levels.keys()].sort((a, b) => a - b)) {
        const style = levels.get(level)?.paragraphStyle;
        if (style !== undefined) this.byStyle.set(style, { definitionId, instanceId: undefined, level });
      }
    }
  }

  /** A paragraph's w:numPr, resolved as mammoth resolves it (through numStyleLink). */
  place(instanceId: string, level: number): ListPlace | undefined {
    const definitionId = this.definitionOf(instanceId);
    return definitionId === undefined || !this.abstracts.get(definitionId)?.levels.has(level) ? undefined : { definitionId, instanceId, level };
  }

  /** A paragraph numbered through its style: the level whose w:pStyle names that style, as mammoth picks it. */
  placeByStyle(styleId: string): ListPlace | undefined {
    return this.byStyle.get(styleId);
  }

  /** The level as the instance shows it: its own override, else the definition's. */
  level(place: Pick<ListPlace, "definitionId" | "instanceId">, level: number): ListLevel | undefined {
    const override = place.instanceId === undefined ? undefined : this.instances.get(place.instanceId)?.levelOverrides.get(level);
    return override ?? this.abstracts.get(place.definitionId)?.levels.get(level);
  }

  /** The levels an instance restarts (w:startOverride), and at what number. */
  startOverrides(instanceId: string): ReadonlyMap<number, number> {
    return this.instances.get(instanceId)?.startOverrides ?? new Map();
  }

  private definitionOf(instanceId: string): string | undefined {
    const instance = this.instances.get(instanceId);
    if (!instance) return undefined;
    const link = this.abstracts.get(instance.abstractId)?.numStyleLink;
    if (link === undefined) return instance.abstractId;
    for (const [id, abstract] of this.abstracts) if (abstract.styleLink === link) return id;
    return undefined;
  }
}

/** Reads word/numbering.xml. */
export function readListDefinitions(xml: string): ListDefinitions {
  const abstracts = new Map<string, AbstractList>();
  const instances = new Map<string, ListInstance>();
  let abstract: AbstractList | undefined;
  let instance: ListInstance | undefined;
  let overrideLevel: number | undefined;
  let level: ListLevel | undefined;
  walkOoxml(xml, {
    open(element) {
      switch (element.name) {
        case "w:abstractNum":
          abstract = { levels: new Map() };
          abstracts.set(element.attribute("abstractNumId") ?? "", abstract);
          break;
        case "w:num":
          instance = { abstractId: "", startOverrides: new Map(), levelOverrides: new Map() };
          instances.set(element.attribute("numId") ?? "", instance);
          break;
        case "w:abstractNumId":
          if (instance) instance.abstractId = element.attribute("val") ?? "";
          break;
        case "w:lvlOverride":
          overrideLevel = levelIndex(element);
          break;
        case "w:startOverride":
          if (instance && overrideLevel !== undefined) instance.startOverrides.set(overrideLevel, integerValue(element) ?? 1);
          break;
        case "w:lvl": {
          const index = levelIndex(element);
          level = { start: 1, numFmt: "decimal", lvlText: "", isLgl: false };
          if (instance && overrideLevel !== undefined) instance.levelOverrides.set(index, level);
          else if (abstract && !abstract.levels.has(index)) abstract.levels.set(index, level);
          break;
        }
        case "w:start":
          if (level) level.start = integerValue(element) ?? 1;
          break;
        case "w:numFmt":
          if (level) level.numFmt = element.attribute("val") ?? "decimal";
          break;
        case "w:lvlText":
          if (level) level.lvlText = element.attribute("val") ?? "";
          break;
        case "w:isLgl":
          if (level) level.isLgl = element.attribute("val") !== "0" && element.attribute("val") !== "false";
          break;
        case "w:lvlRestart":
          if (level) {
            const after = integerValue(element);
            if (after === undefined) delete level.restartAfter;
            else level.restartAfter = after;
          }
          break;
        case "w:pStyle":
          if (level) level.paragraphStyle = element.attribute("val");
          break;
        case "w:numStyleLink":
          if (abstract) abstract.numStyleLink = element.attribute("val");
          break;
        case "w:styleLink":
          if (abstract) abstract.styleLink = element.attribute("val");
          break;
      }
    },
    close(name) {
      if (name === "w:abstractNum") abstract = undefined;
      else if (name === "w:num") instance = undefined;
      else if (name === "w:lvlOverride") overrideLevel = undefined;
      else if (name === "w:lvl") level = undefined;
    },
    text() {},
  });
  return new ListDefinitions(abstracts, instances);
}

/** A level's w:ilvl; a level without one is level 0, as mammoth takes it. */
function levelIndex(element: OoxmlElement): number {
  return Number.parseInt(element.attribute("ilvl") ?? "0", 10) || 0;
}

function integerValue(element: OoxmlElement): number | undefined {
  const value = Number.parseInt(element.attribute("val") ?? "", 10);
  return Number.isNaN(value) ? undefined : value;
}

/** The order a plain object lists these keys in: integer-like keys ascending, then the rest as inserted. */
function inObjectKeyOrder(keys: Iterable<string>): string[] {
  return Object.keys(Object.fromEntries([...keys].map((key) => [key, true])));
}
