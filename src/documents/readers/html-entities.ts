/** The named references that occur in Spanish legal pages; unknown names are left as written. */
import { windows1252Char } from "./windows-1252.js";

const namedEntities: Record<string, string> = {
  amp: "&", lt: "<", gt: ">", quot: '"', apos: "'", nbsp: "\u00a0", shy: "",
  aacute: "á", eacute: "é", iacute: "í", oacute: "ó", uacute: "ú", ntilde: "ñ", uuml: "ü",
  Aacute: "Á", Eacute: "É", Iacute: "Í", Oacute: "Ó", Uacute: "Ú", Ntilde: "Ñ", Uuml: "Ü",
  agrave: "à", egrave: "è", ograve: "ò", ccedil: "ç", Ccedil: "Ç",
  iexcl: "¡", iquest: "¿", laquo: "«", raquo: "»", ordm: "º", ordf: "ª", deg: "°", sect: "§", para: "¶",
  middot: "·", bull: "•", hellip: "…", ndash: "–", mdash: "—", lsquo: "‘", rsquo: "’", ldquo: "“", rdquo: "”",
  copy: "©", reg: "®", euro: "€", times: "×", divide: "÷",
};

const entityPattern = /&(#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});/g;
const replacement = "\ufffd";

export function decodeEntities(text: string): string {
  if (!text.includes("&")) return text;
  return text.replace(entityPattern, (whole, body: string) => {
    if (body.startsWith("#")) return fromCodePoint(body[1] === "x" || body[1] === "X" ? parseInt(body.slice(2), 16) : parseInt(body.slice(1), 10));
    return namedEntities[body] ?? whole;
  });
}

function fromCodePoint(code: number): string {
  if (code === 0 || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) return replacement;
  // As browsers do: &#147; means the Windows-1252 character, a left double quote.
  if (code >= 0x80 && code <= 0x9f) return windows1252Char(code);
  return String.fromCodePoint(code);
}
