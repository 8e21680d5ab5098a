import type { ParagraphSpan } from '../types';
import { isCloser, isLineBreak, isLower, isSpace, isTerminator } from './chars';

/**
 * In copy with blank lines between paragraphs, a line of typical wrap width (editors and agencies wrap at
 * 60–80 columns) that ends mid-sentence is taken as hard-wrapped; longer lines are whole paragraphs.
 */
const WRAPPED_LINE = { min: 50, max: 100 };
const BLANK_LINE = /\n[ \t\u00a0]*\r?\n/;
const BULLET = /^(?:[-*•–—·▪●◦‣]\s|\d{1,3}[.)]\s|[a-zA-Z][.)]\s)/;

export function isBulletLine(text: string, start: number): boolean {
  return BULLET.test(text.slice(start, start + 5));
}

/**
 * Splits text into paragraphs: a line break ends a paragraph unless it only wraps a sentence
 * (the line ends mid-sentence and the next line goes on in lower case).
 */
export function splitParagraphs(text: string): ParagraphSpan[] {
  const paragraphs: ParagraphSpan[] = [];
  const blankLineSeparated = BLANK_LINE.test(text);
  let current: ParagraphSpan | null = null;
  let blankSince = true;
  let lineStart = 0;
  const length = text.length;
  while (lineStart <= length) {
    let lineEnd = lineStart;
    while (lineEnd < length && !isLineBreak(text.charCodeAt(lineEnd))) lineEnd++;
    let s = lineStart;
    let e = lineEnd;
    while (s < e && isSpace(text.charCodeAt(s))) s++;
    while (e > s && isSpace(text.charCodeAt(e - 1))) e--;
    if (s === e) {
      blankSince = true;
    } else if (current !== null && !blankSince && wrapsSentence(text, current, s, blankLineSeparated)) {
      current.end = e;
    } else {
      current = { start: s, end: e, index: paragraphs.length };
      paragraphs.push(current);
      blankSince = false;
    }
    lineStart = nextLineStart(text, lineEnd);
  }
  return paragraphs;
}

function nextLineStart(text: string, lineEnd: number): number {
  if (lineEnd >= text.length) return text.length + 1;
  if (text.charCodeAt(lineEnd) === 13 && text.charCodeAt(lineEnd + 1) === 10) return lineEnd + 2;
  return lineEnd + 1;
}

/**
 * A line break inside a sentence: the line ends without final punctuation and the next goes on in lower case,
 * or, in copy that separates paragraphs by blank lines, the line has the width of hard-wrapped prose.
 */
function wrapsSentence(
  text: string,
  current: ParagraphSpan,
  nextStart: number,
  blankLineSeparated: boolean,
): boolean {
  const last = text.charCodeAt(current.end - 1);
  if (isTerminator(last) || isCloser(last) || last === 58) return false;
  if (isBulletLine(text, nextStart)) return false;
  if (isLower(text.charCodeAt(nextStart))) return true;
  if (!blankLineSeparated) return false;
  const length = current.end - lineStartOf(text, current.end);
  return length >= WRAPPED_LINE.min && length <= WRAPPED_LINE.max;
}

function lineStartOf(text: string, end: number): number {
  let start = end;
  while (start > 0 && !isLineBreak(text.charCodeAt(start - 1))) start--;
  return start;
}
