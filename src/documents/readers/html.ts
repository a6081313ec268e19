import { InputError } from "../../errors.js";
import type { DocumentReader } from "../reader.js";
import { decodeText } from "./decode-text.js";
import { htmlToParagraphs } from "./html-to-text.js";

export const readHtml: DocumentReader = async (buffer, uri) => {
  const html = decodeText(buffer);
  if (html === null) throw new InputError(uri, { code: "binary" });
  return { uri, format: "html", ...htmlToParagraphs(html), warnings: [] };
};
