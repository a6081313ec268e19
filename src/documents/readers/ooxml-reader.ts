import { SaxesParser, type SaxesTagNS } from "saxes";

/** WordprocessingML's namespace, transitional and strict, and markup compatibility's. */
const canonicalPrefixes = new Map([
  ["http://schemas.openxmlformats.org/wordprocessingml/2006/main", "w"],
  ["http://purl.oclc.org/ooxml/wordprocessingml/main", "w"],
  ["http://schemas.openxmlformats.org/markup-compatibility/2006", "mc"],
]);

/** An element as an OOXML part walker sees it: "w:p" whatever prefix the file chose. */
export interface OoxmlElement {
  name: string;
  /** A w: attribute by its local name ("val" for w:val). */
  attribute(local: string): string | undefined;
}

export interface OoxmlHandlers {
  open(element: OoxmlElement): void;
  close(name: string): void;
  text(text: string): void;
}

/**
 * Streams an OOXML part with namespaces resolved, so "w:p" means WordprocessingML's paragraph
 * whichever prefix the writer used. Elements named in `skip` are passed over with all they hold;
 * mc:Choice always is (readers take mc:Fallback, as mammoth does). Malformed XML throws; no DTD is
 * ever fetched or expanded.
 */
export function walkOoxml(xml: string, handlers: OoxmlHandlers, skip: ReadonlySet<string> = new Set()): void {
  const parser = new SaxesParser({ xmlns: true });
  let skipping = 0;
  parser.on("opentag", (tag) => {
    const name = canonicalName(tag);
    if (skipping > 0 || name === "mc:Choice" || skip.has(name)) skipping++;
    else handlers.open({ name, attribute: (local) => wordAttribute(tag, local) });
  });
  parser.on("closetag", (tag) => {
    if (skipping > 0) skipping--;
    else handlers.close(canonicalName(tag));
  });
  parser.on("text", (text) => {
    if (skipping === 0) handlers.text(text);
  });
  parser.write(xml).close();
}

function canonicalName(tag: SaxesTagNS): string {
  const prefix = canonicalPrefixes.get(tag.uri);
  return prefix ? `${prefix}:${tag.local}` : tag.name;
}

function wordAttribute(tag: SaxesTagNS, local: string): string | undefined {
  for (const attribute of Object.values(tag.attributes)) {
    if (attribute.local === local && canonicalPrefixes.get(attribute.uri) === "w") return attribute.value;
  }
  return undefined;
}
