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

/**
 * A list counter as Word shows it for a level's number format (w:numFmt). Formats that spell
 * numbers out or use other scripts fall back to digits: the number is still there to be cited.
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
    default:
      return String(n);
  }
}
