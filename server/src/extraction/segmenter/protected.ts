/**
 * Spans inside which a full stop never ends a sentence: URLs, e-mail addresses and bare domains.
 * Each kind is found from a literal anchor (scheme, "@", ".com") and widened by a bounded scan, so the cost
 * stays linear even on input such as 200,000 dots in a row.
 */

const URL_START = /\b(?:[hH][tT][tT][pP][sS]?:\/\/|[fF][tT][pP]:\/\/|[wW][wW][wW]\.)[^\s<>"“”]+/g;
const DOMAIN_END =
  /\.(?:com|org|net|gov|edu|io|co|nz|uk|au|info|news)(?:\.[a-z]{2})?(?![\w])(?:\/[^\s<>"“”]*)?/g;
/** Trailing characters that belong to the sentence, not to the URL. */
const TRAILING = /[.,;:!?'"”’)\]]+$/;
// Module constants: a regex literal inside a function makes a new RegExp object on every call.
const FINAL_DOTS_AND_DASHES = /[.-]+$/;
const DOTTED_HOST = /^[\w-]+(?:\.[\w-]+)+$/;
const LABEL = /^[\w-]+/;
const MAX_LOCAL = 64;
const MAX_HOST = 120;

function isHostChar(code: number): boolean {
  return (
    (code >= 48 && code <= 57) ||
    (code >= 65 && code <= 90) ||
    (code >= 97 && code <= 122) ||
    code === 45 ||
    code === 46 ||
    code === 95
  );
}

function isLocalChar(code: number): boolean {
  return isHostChar(code) || code === 43;
}

function trimTrailing(slice: string, index: number, raw: string, spans: number[], start: number): void {
  const kept = raw.replace(TRAILING, '');
  if (kept.length > 0) spans.push(start + index, start + index + kept.length);
}

function addUrls(slice: string, start: number, spans: number[]): void {
  URL_START.lastIndex = 0;
  for (let m = URL_START.exec(slice); m !== null; m = URL_START.exec(slice))
    trimTrailing(slice, m.index, m[0], spans, start);
}

function addEmails(slice: string, start: number, spans: number[]): void {
  for (let at = slice.indexOf('@'); at >= 0; at = slice.indexOf('@', at + 1)) {
    let left = at;
    while (left > 0 && at - left < MAX_LOCAL && isLocalChar(slice.charCodeAt(left - 1))) left--;
    let right = at + 1;
    while (right < slice.length && right - at < MAX_HOST && isHostChar(slice.charCodeAt(right))) right++;
    const host = slice.slice(at + 1, right).replace(FINAL_DOTS_AND_DASHES, '');
    if (left < at && DOTTED_HOST.test(host)) spans.push(start + left, start + at + 1 + host.length);
  }
}

function addDomains(slice: string, start: number, spans: number[]): void {
  DOMAIN_END.lastIndex = 0;
  for (let m = DOMAIN_END.exec(slice); m !== null; m = DOMAIN_END.exec(slice)) {
    let left = m.index;
    while (left > 0 && m.index - left < MAX_HOST && isHostChar(slice.charCodeAt(left - 1))) left--;
    while (left < m.index && slice.charCodeAt(left) === 46) left++;
    const label = LABEL.exec(slice.slice(left, m.index))?.[0] ?? '';
    if (label.length >= 2) trimTrailing(slice, left, slice.slice(left, m.index + m[0].length), spans, start);
  }
}

/** What most paragraphs have: no protected span (shared, so never to be written to). */
const NO_SPANS: readonly number[] = [];

/** Returns [start, end, start, end, …] of protected spans in text[start, end), sorted and merged. */
export function findProtectedSpans(text: string, start: number, end: number): readonly number[] {
  const slice = text.slice(start, end);
  if (slice.indexOf('.') < 0) return NO_SPANS;
  const found: number[] = [];
  addUrls(slice, start, found);
  if (slice.indexOf('@') >= 0) addEmails(slice, start, found);
  addDomains(slice, start, found);
  return found.length === 0 ? NO_SPANS : mergeSpans(found);
}

function mergeSpans(found: number[]): number[] {
  const pairs: [number, number][] = [];
  for (let i = 0; i < found.length; i += 2) pairs.push([found[i], found[i + 1]]);
  pairs.sort((a, b) => a[0] - b[0] || b[1] - a[1]);
  const merged: number[] = [];
  for (const [s, e] of pairs) {
    const last = merged.length - 1;
    if (last > 0 && s <= merged[last]) merged[last] = Math.max(merged[last], e);
    else merged.push(s, e);
  }
  return merged;
}
