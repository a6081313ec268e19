import { en } from "./en.js";
import { es } from "./es.js";
import type { Messages } from "./messages.js";

export type { Messages } from "./messages.js";
export { en } from "./en.js";
export { es } from "./es.js";

export type Language = "es" | "en";

const catalogues: Record<Language, Messages> = { es, en };

export function messagesFor(language: Language): Messages {
  return catalogues[language];
}
