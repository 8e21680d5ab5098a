import type { SentenceSpan } from '../types';
import {
  AMBIGUOUS,
  BEFORE_NUMBER,
  CLOCK,
  NEVER_FINAL,
  SENTENCE_STARTERS,
  TIME_ZONES,
  TITLES,
} from './abbreviations';
import { isCloser, isDigit, isLetter, isLower, isOpener, isSpace, isTerminator, isUpper } from './chars';
import { findProtectedSpans } from './protected';

/** Where the last accepted boundary ends the sentence and where the next one starts. */
interface Cut {
  end: number;
  next: number;
}

/** Jumps straight to the next candidate sentence end; the regex engine scans faster than a char loop. */
const TERMINATOR = /[.!?\u2026\u3002\uff01\uff1f]/g;
const CLOCK_TOKEN = /^\d[\d.:]*[ap]\.?m$/;
const DOTTED_ACRONYM = /^(?:[a-z]\.)+[a-z]$/;
// Module constants: a regex literal inside a function makes a new RegExp object on every call.
const DECIMAL = /^\d+\.\d+$/;
const DIGITS = /^\d+$/;

/** Appends the sentences of paragraph text[start, end) to out. */
export function splitSentences(
  text: string,
  start: number,
  end: number,
  paragraph: number,
  out: SentenceSpan[],
): void {
  const spans = findProtectedSpans(text, start, end);
  let spanIndex = 0;
  let sentenceStart = start;
  let i = start;
  const cut: Cut = { end: -1, next: -1 };
  while (i < end) {
    TERMINATOR.lastIndex = i;
    // test() rather than exec(): no match array. Every match is one code unit, so it sits just before lastIndex.
    if (!TERMINATOR.test(text) || TERMINATOR.lastIndex - 1 >= end) break;
    i = TERMINATOR.lastIndex - 1;
    while (spanIndex < spans.length && spans[spanIndex + 1] <= i) spanIndex += 2;
    if (spanIndex < spans.length && spans[spanIndex] <= i) {
      i = spans[spanIndex + 1];
      continue;
    }
    const resume = findBoundary(text, i, end, sentenceStart, cut);
    if (cut.end < 0) {
      i = resume;
      continue;
    }
    pushTrimmed(text, sentenceStart, cut.end, paragraph, out);
    sentenceStart = cut.next;
    i = cut.next;
  }
  pushTrimmed(text, sentenceStart, end, paragraph, out);
}

function pushTrimmed(text: string, start: number, end: number, paragraph: number, out: SentenceSpan[]): void {
  let s = start;
  let e = end;
  while (s < e && isSpace(text.charCodeAt(s))) s++;
  while (e > s && isSpace(text.charCodeAt(e - 1))) e--;
  if (s < e) out.push({ start: s, end: e, paragraph });
}

/** Decides whether the terminator at t ends a sentence; fills cut (end -1 if not) and returns where to resume. */
function findBoundary(text: string, t: number, limit: number, sentenceStart: number, cut: Cut): number {
  cut.end = -1;
  let j = t;
  let dots = 0;
  let others = 0;
  while (j < limit) {
    const code = text.charCodeAt(j);
    if (code === 46) dots++;
    else if (isTerminator(code)) others++;
    else if (code === 32 && dots > 0 && others === 0 && text.charCodeAt(j + 1) === 46) dots++;
    else break;
    j++;
  }
  if (isFullWidthStop(text.charCodeAt(j - 1))) {
    cut.end = j;
    cut.next = j;
    return j;
  }
  let k = j;
  while (k < limit && isCloser(text.charCodeAt(k))) k++;
  if (k >= limit) return limit;
  const after = text.charCodeAt(k);
  if (!isSpace(after)) {
    if (gluedBoundary(text, t, j, k, sentenceStart)) {
      cut.end = k;
      cut.next = k;
    }
    return k;
  }
  let m = k;
  while (m < limit && isSpace(text.charCodeAt(m))) m++;
  if (m >= limit) return limit;
  if (spacedBoundary(text, t, j, k, m, dots, others, sentenceStart)) {
    cut.end = k;
    cut.next = m;
  }
  return m;
}

/** A terminator followed directly by a letter or an opening quote (`while”.“I will`, `today.The`). */
function gluedBoundary(text: string, t: number, j: number, k: number, sentenceStart: number): boolean {
  const next = text.charCodeAt(k);
  if (isOpener(next) && next !== 40 && next !== 91) return true;
  if (!isUpper(next) || !isLower(text.charCodeAt(k + 1))) return false;
  if (k > j) return true;
  if (j - t > 1 || text.charCodeAt(t) !== 46) return true;
  const word = wordBefore(text, t, sentenceStart);
  if (DECIMAL.test(word)) return true;
  if (word.length < 2 || !isLower(text.charCodeAt(t - 1)) || word.indexOf('.') >= 0) return false;
  const lower = word.toLowerCase();
  return !TITLES.has(lower) && !AMBIGUOUS.has(lower) && !BEFORE_NUMBER.has(lower) && !NEVER_FINAL.has(lower);
}

function spacedBoundary(
  text: string,
  t: number,
  j: number,
  k: number,
  m: number,
  dots: number,
  others: number,
  sentenceStart: number,
): boolean {
  const next = text.charCodeAt(m);
  if (isLower(next)) return false;
  if (others > 0 && dots === 0 && text.charCodeAt(t) !== 0x2026) return true;
  const startsLikeSentence = isUpper(next) || isOpener(next) || next === 34 || next === 39;
  if (dots > 1 || text.charCodeAt(t) === 0x2026 || others > 0) return startsLikeSentence;
  if (k > j) return true;
  return fullStopEnds(text, t, m, sentenceStart);
}

/** A single full stop followed by space: is the word before it an abbreviation that keeps the sentence open? */
function fullStopEnds(text: string, t: number, m: number, sentenceStart: number): boolean {
  const word = wordBefore(text, t, sentenceStart);
  if (word.length === 0) return true;
  const lower = word.toLowerCase();
  const capitalised = isUpper(word.charCodeAt(0));
  const next = text.charCodeAt(m);
  const nextWord = wordAfter(text, m);
  if (capitalised && TITLES.has(lower)) return false;
  if (NEVER_FINAL.has(lower)) return false;
  if (BEFORE_NUMBER.has(lower) && isDigit(next)) return false;
  if (CLOCK.has(lower) || CLOCK_TOKEN.test(lower)) return !TIME_ZONES.has(nextWord);
  const starter = SENTENCE_STARTERS.has(nextWord) || isOpener(next) || next === 34;
  if (capitalised && (AMBIGUOUS.has(lower) || BEFORE_NUMBER.has(lower))) return starter;
  if (DOTTED_ACRONYM.test(lower)) return starter;
  if (word.length === 1 && capitalised) return starter;
  if (isListNumber(text, word, t, sentenceStart)) return false;
  return isUpper(next) || isDigit(next) || isOpener(next) || !isLetter(next);
}

function isFullWidthStop(code: number): boolean {
  return code === 0x3002 || code === 0xff01 || code === 0xff1f;
}

function isListNumber(text: string, word: string, t: number, sentenceStart: number): boolean {
  return t - word.length === sentenceStart && word.length <= 3 && DIGITS.test(word);
}

function wordBefore(text: string, t: number, floor: number): string {
  let s = t;
  while (s > floor && t - s < 24) {
    const c = text.charCodeAt(s - 1);
    if (!(isLetter(c) || isDigit(c) || c === 46 || c === 58)) break;
    s--;
  }
  while (s < t && text.charCodeAt(s) === 46) s++;
  return text.slice(s, t);
}

function wordAfter(text: string, m: number): string {
  let e = m;
  while (e < text.length && e - m < 20 && isLetter(text.charCodeAt(e))) e++;
  return text.slice(m, e).toLowerCase();
}
