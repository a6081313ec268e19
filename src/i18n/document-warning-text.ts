import type { DocumentWarning } from "../documents/document-warning.js";

/** A document warning in Spanish; a library's own detail and the draft's own words stay as they came. */
export function documentWarningEs(warning: DocumentWarning): string {
  switch (warning.code) {
    case "no-text-layer":
      return "sin capa de texto: aplique OCR";
    case "blank-pages":
      return `sin capa de texto en ${warning.pages.length === 1 ? "la página" : "las páginas"} ${warning.pages.join(", ")}: aplique OCR`;
    case "numbering-unread":
      return `numeración automática no reconstruida: ${warning.detail}`;
    case "numbering-stopped":
      return `numeración automática no reconstruida desde el párrafo «${warning.paragraph}»`;
    case "accept-without-dimension":
      return `línea ${warning.line}: policylint-disable sin dimensión: ignorado`;
    case "accept-without-reason":
      return `línea ${warning.line}: policylint-disable ${warning.dimensions.join(", ")} sin motivo: ignorado`;
    case "accept-unknown-dimension":
      return `línea ${warning.line}: policylint-disable ${warning.dimension}: la política no tiene esa dimensión: ignorado`;
  }
}

/** A document warning in English. */
export function documentWarningEn(warning: DocumentWarning): string {
  switch (warning.code) {
    case "no-text-layer":
      return "no text layer: run OCR";
    case "blank-pages":
      return `no text layer on ${warning.pages.length === 1 ? "page" : "pages"} ${warning.pages.join(", ")}: run OCR`;
    case "numbering-unread":
      return `automatic numbering not rebuilt: ${warning.detail}`;
    case "numbering-stopped":
      return `automatic numbering not rebuilt from the paragraph «${warning.paragraph}» on`;
    case "accept-without-dimension":
      return `line ${warning.line}: policylint-disable without a dimension: ignored`;
    case "accept-without-reason":
      return `line ${warning.line}: policylint-disable ${warning.dimensions.join(", ")} without a reason: ignored`;
    case "accept-unknown-dimension":
      return `line ${warning.line}: policylint-disable ${warning.dimension}: the policy has no such dimension: ignored`;
  }
}
