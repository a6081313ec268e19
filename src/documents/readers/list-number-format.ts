const romanDigits: ReadonlyArray<[number, string]> = [
  [1000, "m"], [900, "cm"], [500, "d"], [400, "cd"], [100, "c"], [90, "xc"],
  [50, "l"], [40, "xl"], [10, "x"], [9, "ix"], [5, "v"], [4, "iv"], [1, "i"],
];

function roman(n: number): string {
  let rest = n;
  let out = "";
  for (const [value, digits] of romanDigits) {
    for (; rest >= value; rest -= value) out += digits;
  }
  return out;
}

/** Word's letters: a … z, then aa … zz, then aaa. */
function letters(n: number): string {
  return String.fromCharCode(97 + ((n - 1) % 26)).repeat(Math.ceil(n / 26));
}

const unitOrdinals = ["", "primero", "segundo", "tercero", "cuarto", "quinto", "sexto", "séptimo", "octavo", "noveno"];
const tenOrdinals = ["", "décimo", "vigésimo", "trigésimo", "cuadragésimo", "quincuagésimo", "sexagésimo", "septuagésimo", "octogésimo", "nonagésimo"];

/** 1–99 as Spanish ordinal words, in the forms office suites print: "decimoctavo", "vigesimoprimero", "trigésimo primero". */
function ordinalWords(n: number): string {
  const tens = Math.floor(n / 10);
  const unit = unitOrdinals[n % 10] as string;
  const ten = tenOrdinals[tens] as string;
  if (tens === 0 || unit === "") return ten || unit;
  // The tens and twenties join their unit into one word, without the accent (and "decimo-octavo" elides).
  if (tens <= 2) return `${ten.replace("é", "e")}${unit}`.replace("decimooctavo", "decimoctavo");
  return `${ten} ${unit}`;
}

const smallCardinals = [
  "", "uno", "dos", "tres", "cuatro", "cinco", "seis", "siete", "ocho", "nueve", "diez", "once", "doce", "trece", "catorce", "quince",
  "dieciséis", "diecisiete", "dieciocho", "diecinueve", "veinte", "veintiuno", "veintidós", "veintitrés", "veinticuatro",
  "veinticinco", "veintiséis", "veintisiete", "veintiocho", "veintinueve",
];
const tenCardinals = ["", "", "", "treinta", "cuarenta", "cincuenta", "sesenta", "setenta", "ochenta", "noventa"];
const hundredCardinals = ["", "ciento", "doscientos", "trescientos", "cuatrocientos", "quinientos", "seiscientos", "setecientos", "ochocientos", "novecientos"];

/** 1–999 as Spanish cardinal words: "treinta y uno", "cien", "ciento once". */
function cardinalWords(n: number): string {
  if (n === 100) return "cien";
  const hundreds = hundredCardinals[Math.floor(n / 100)] as string;
  const rest = n % 100;
  const tens = rest < 30 ? (smallCardinals[rest] as string) : `${tenCardinals[Math.floor(rest / 10)]}${rest % 10 ? ` y ${smallCardinals[rest % 10]}` : ""}`;
  return [hundreds, tens].filter(Boolean).join(" ");
}

const capitalized = (words: string) => words.charAt(0).toUpperCase() + words.slice(1);

/**
 * A list counter as Word shows it for a level's number format (w:numFmt). Numbers in words are
 * Spanish, as the office suites print them for a Spanish document ("Artículo Decimoctavo.-",
 * checked against LibreOffice), up to 99 for ordinals and 999 for cardinals; beyond those, and
 * for other scripts, digits: the number is still there to be cited.
 */
export function formatListNumber(n: number, numFmt: string): string {
  if (n < 1) return String(n);
  switch (numFmt) {
    case "none":
      return "";
    case "lowerLetter":
      return letters(n);
    case "upperLetter":
      return letters(n).toUpperCase();
    case "lowerRoman":
      return roman(n);
    case "upperRoman":
      return roman(n).toUpperCase();
    case "decimalZero":
      return String(n).padStart(2, "0");
    case "ordinal":
      return `${n}º`;
    case "ordinalText":
      return n < 100 ? capitalized(ordinalWords(n)) : String(n);
    case "cardinalText":
      return n < 1000 ? capitalized(cardinalWords(n)) : String(n);
    default:
      return String(n);
  }
}
