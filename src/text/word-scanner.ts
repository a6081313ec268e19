/**
 * Finds the words of a text as /[\p{L}\p{N}][\p{L}\p{M}\p{N}]*\/gu would, one character code at a
 * time: a regex match allocates an object per word, and running text has millions. Each word's
 * hash (FNV-1a over its UTF-16 code units) comes out of the same pass, for the memo of word keys.
 */
export class WordScanner {
  start = 0;
  end = 0;
  hash = 0;

  constructor(private readonly text: string) {}

  /** Moves to the next word; false when there is none. */
  next(): boolean {
    const text = this.text;
    let i = this.end;
    while (i < text.length && classAt(text, i) !== START) i += widthAt(text, i);
    if (i >= text.length) return false;
    this.start = i;
    let hash = FNV_OFFSET;
    do {
      const width = widthAt(text, i);
      hash = Math.imul(hash ^ text.charCodeAt(i), FNV_PRIME);
      if (width === 2) hash = Math.imul(hash ^ text.charCodeAt(i + 1), FNV_PRIME);
      i += width;
    } while (i < text.length && classAt(text, i) >= PART);
    this.end = i;
    this.hash = hash;
    return true;
  }
}

const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;

const wordStart = /^[\p{L}\p{N}]$/u;
const wordPart = /^[\p{L}\p{M}\p{N}]$/u;

const UNKNOWN = 0;
const NONE = 1;
const PART = 2;
const START = 3;

/** Classes of the basic plane, filled on first sight of each code unit (a table of all 65,536 would cost start-up time). */
const classes = new Uint8Array(0x10000);

function classify(char: string): number {
  if (wordStart.test(char)) return START;
  return wordPart.test(char) ? PART : NONE;
}

function classAt(text: string, i: number): number {
  const code = text.charCodeAt(i);
  if (code >= 0xd800 && code <= 0xdbff) {
    const codePoint = text.codePointAt(i) as number;
    // A lone surrogate is no letter; a pair is one code point of another plane.
    return codePoint > 0xffff ? classify(String.fromCodePoint(codePoint)) : NONE;
  }
  let found = classes[code] as number;
  if (found === UNKNOWN) {
    found = code >= 0xdc00 && code <= 0xdfff ? NONE : classify(String.fromCharCode(code));
    classes[code] = found;
  }
  return found;
}

/** Code units taken by the character at i: 2 for a surrogate pair. */
function widthAt(text: string, i: number): number {
  const code = text.charCodeAt(i);
  return code >= 0xd800 && code <= 0xdbff && (text.codePointAt(i) as number) > 0xffff ? 2 : 1;
}
