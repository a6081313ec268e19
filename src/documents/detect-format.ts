import type { DocumentFormat } from "./types.js";

const pdfSignature = Buffer.from("%PDF-");
/** pdf.js accepts a header anywhere in the first KB; some generators prepend junk. */
const pdfHeaderWindow = 1024;
const zipSignatures = [Buffer.from("PK\x03\x04", "latin1"), Buffer.from("PK\x05\x06", "latin1")];
const htmlStarts = ["<!doctype html", "<html"];

/** The content decides first (magic bytes), the file name second; everything else is read as text. */
export function detectFormat(buffer: Buffer, name: string): DocumentFormat {
  if (buffer.subarray(0, pdfHeaderWindow).includes(pdfSignature)) return "pdf";
  // Any zip goes to the DOCX reader, which refuses the ones that are not Word documents.
  if (zipSignatures.some((signature) => buffer.subarray(0, 4).equals(signature))) return "docx";
  if (startsLikeHtml(buffer)) return "html";
  return formatFromExtension(name);
}

/** Formats that only their signature can announce: a .pdf or .docx without one is not what it claims. */
export function claimedBinaryFormat(name: string): "pdf" | "docx" | undefined {
  const extension = extensionOf(name);
  return extension === "pdf" || extension === "docx" ? extension : undefined;
}

function startsLikeHtml(buffer: Buffer): boolean {
  const head = buffer.subarray(0, 512).toString("latin1").replace(/^(\xef\xbb\xbf)?\s*/, "").toLowerCase();
  return htmlStarts.some((start) => head.startsWith(start));
}

function formatFromExtension(name: string): DocumentFormat {
  switch (extensionOf(name)) {
    case "md":
    case "markdown":
      return "markdown";
    case "html":
    case "htm":
      return "html";
    default:
      return "text";
  }
}

function extensionOf(name: string): string {
  const base = name.slice(Math.max(name.lastIndexOf("/"), name.lastIndexOf("\\")) + 1);
  const dot = base.lastIndexOf(".");
  return dot > 0 ? base.slice(dot + 1).toLowerCase() : "";
}
