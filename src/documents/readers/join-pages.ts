import type { PageStart } from "../types.js";

export const pageSeparator = "\n\n";

/** One text for all pages, and where each page starts in it. */
export function joinPages(pageTexts: readonly string[]): { text: string; pages: PageStart[] } {
  const pages: PageStart[] = [];
  let offset = 0;
  pageTexts.forEach((pageText, i) => {
    pages.push({ page: i + 1, offset });
    offset += pageText.length + pageSeparator.length;
  });
  return { text: pageTexts.join(pageSeparator), pages };
}
