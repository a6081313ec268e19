/** Pieces of PDF syntax, read from a file decoded as latin1 (one character per byte). */

/** The bytes of the string at `at`: hex ("<0a1b>") or literal ("(…)", with its escapes and nested parentheses). */
export function pdfStringAt(text: string, at: number): Buffer {
  return text[at] === "<" ? hexBytes(text, at + 1) : literalString(text, at + 1);
}

/** Hex digits from `start` up to ">", whitespace and other characters skipped; a last lone digit is followed by 0. */
export function hexBytes(text: string, start: number): Buffer {
  const end = text.indexOf(">", start);
  const digits = text.slice(start, end === -1 ? undefined : end).replace(/[^0-9a-f]/gi, "");
  return Buffer.from(digits.length % 2 === 1 ? `${digits}0` : digits, "hex");
}

const escapes: Record<string, number> = { n: 10, r: 13, t: 9, b: 8, f: 12 };

function literalString(text: string, start: number): Buffer {
  const bytes: number[] = [];
  let depth = 1;
  for (let i = start; i < text.length; i++) {
    const char = text[i] as string;
    if (char === "\\") {
      const next = text[++i] ?? "";
      const octal = /^[0-7]{1,3}/.exec(text.slice(i, i + 3))?.[0];
      if (octal) {
        bytes.push(parseInt(octal, 8) & 0xff);
        i += octal.length - 1;
      } else if (next === "\r" || next === "\n") {
        if (next === "\r" && text[i + 1] === "\n") i++;
      } else bytes.push(escapes[next] ?? next.charCodeAt(0));
      continue;
    }
    if (char === "(") depth++;
    if (char === ")" && --depth === 0) break;
    bytes.push(char.charCodeAt(0));
  }
  return Buffer.from(bytes);
}

/** The dictionary that opens at `at` ("<<"), nested dictionaries included, if it closes within `maxLength`. */
export function dictionaryAt(text: string, at: number, maxLength: number): string | undefined {
  let depth = 0;
  const stop = Math.min(text.length, at + maxLength);
  for (let p = at; p < stop; ) {
    const pair = text.slice(p, p + 2);
    if (pair === "<<") depth++;
    else if (pair === ">>") depth--;
    else {
      p++;
      continue;
    }
    p += 2;
    if (depth === 0) return text.slice(at, p);
  }
  return undefined;
}

/** The dictionary whose closing ">>" starts at `close`, nested dictionaries included, if it starts after `from`. */
export function dictionaryBefore(text: string, close: number, from: number): string | undefined {
  let depth = 0;
  for (let p = close + 1; p > from; ) {
    const pair = text.slice(p - 1, p + 1);
    if (pair === ">>") depth++;
    else if (pair === "<<") depth--;
    else {
      p--;
      continue;
    }
    p -= 2;
    if (depth === 0) return text.slice(p + 1, close + 2);
  }
  return undefined;
}

/** A dictionary's own entries: its outer brackets and every dictionary nested in it removed. */
export function topLevel(dictionary: string): string {
  let inner = dictionary.trim().replace(/^<<|>>$/g, "");
  for (let previous = ""; previous !== inner; ) {
    previous = inner;
    inner = inner.replace(/<<(?:(?!<<|>>)[\s\S])*>>/g, " ");
  }
  return inner;
}

