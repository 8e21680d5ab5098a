/** Character classes used by the segmenter; all work on UTF-16 code units. */

export function isLineBreak(code: number): boolean {
  return (
    code === 10 ||
    code === 13 ||
    code === 0x0b ||
    code === 0x0c ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x85
  );
}

/** Whitespace in the wide sense: includes non-breaking and zero-width spaces, which must never start or end a segment. */
export function isSpace(code: number): boolean {
  if (code === 32 || (code >= 9 && code <= 13)) return true;
  if (code < 0x85) return false;
  return (
    code === 0x85 ||
    code === 0xa0 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200d) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x2060 ||
    code === 0x3000 ||
    code === 0xfeff
  );
}

/** Punctuation, symbols and spaces between U+2000 and U+2BFF have no case: skip the string round trip. */
function caseless(code: number): boolean {
  return code < 0xc0 || (code >= 0x2000 && code <= 0x2bff) || code === 0xd7 || code === 0xf7;
}

export function isUpper(code: number): boolean {
  if (code >= 65 && code <= 90) return true;
  if (caseless(code)) return false;
  const ch = String.fromCharCode(code);
  return ch !== ch.toLowerCase() && ch === ch.toUpperCase();
}

export function isLower(code: number): boolean {
  if (code >= 97 && code <= 122) return true;
  if (code < 0xdf || caseless(code)) return false;
  const ch = String.fromCharCode(code);
  return ch !== ch.toUpperCase() && ch === ch.toLowerCase();
}

export function isDigit(code: number): boolean {
  return code >= 48 && code <= 57;
}

export function isLetter(code: number): boolean {
  if (code < 0xc0) return (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
  return isUpper(code) || isLower(code);
}

/** Sentence-final marks: . ! ? … and their full-width forms. */
export function isTerminator(code: number): boolean {
  return (
    code === 46 ||
    code === 33 ||
    code === 63 ||
    code === 0x2026 ||
    code === 0x3002 ||
    code === 0xff01 ||
    code === 0xff1f
  );
}

/** Marks that may follow a full stop and still belong to the sentence: closing quotes and brackets. */
export function isCloser(code: number): boolean {
  return (
    code === 34 || // "
    code === 39 || // '
    code === 41 || // )
    code === 93 || // ]
    code === 125 || // }
    code === 0x2019 || // ’
    code === 0x201d || // ”
    code === 0xbb || // »
    code === 0x203a // ›
  );
}

/** Marks that open a quotation or bracket, and so may start a sentence. */
export function isOpener(code: number): boolean {
  return (
    code === 0x201c || // “
    code === 0x2018 || // ‘
    code === 0xab || // «
    code === 0x2039 || // ‹
    code === 0x201e || // „
    code === 40 || // (
    code === 91 // [
  );
}
