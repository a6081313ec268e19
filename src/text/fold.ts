const combiningExceptTilde = /[\u0300-\u0302\u0304-\u036f]/g;

/**
 * Lower-cases and drops accents and diaeresis but keeps ñ, so "Migración" → "migracion"
 * and "niña" stays "niña" ("año" and "ano" are different words).
 */
export function foldWord(word: string): string {
  return word.toLowerCase().normalize("NFD").replace(combiningExceptTilde, "").normalize("NFC");
}
