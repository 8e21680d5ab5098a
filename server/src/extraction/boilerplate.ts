import { isRegexSpace } from './scoring/features';
import type { ParagraphSpan, SegmentKind, SentenceSpan } from './types';

/** "Photo / Getty Images", "Video / NZ Herald", "Image: Reuters", "(AP Photo/Evan Vucci)". */
const CREDIT =
  /^\(?(?:(?:file |supplied )?(?:photo|photos|video|image|images|picture|pictures|graphic|illustration|photograph|photography|footage|audio|map|chart)(?: credit)?s?\s*(?:\/|:|\||–|—|-|by)\s*\S.{0,60}|(?:ap|afp|reuters|getty images|epa|aap|nz herald|supplied|file)(?: photo)?\s*\/\s*.{0,50}|getty images|afp via getty images|supplied)\)?\.?$/i;

/** Calls to action, navigation and page furniture. */
const CALL_TO_ACTION =
  /^(?:catch all the|catch up on|read more|read the full|read next|read also|also read|see also|more:|related\b|subscribe|sign up|sign in|log in|click here|tap here|follow us|follow (?:live|the latest)|share this|share on|advertisement|advertise with|sponsored|watch(?: live| the video| more)?\s*[:\-–]|watch live|listen(?: live)?\s*[:\-–]|continue reading|download the|get the latest|more to come|this (?:story|article) (?:will be|has been|is being) updated|live updates?$|live:|breaking news$|breaking:|developing story|recommended|support our journalism|become a (?:member|subscriber)|comments?$|loading\b|skip to|back to top|\d+ mins? (?:to )?read)/i;

const BYLINE =
  /^(?:[Bb]y|[Ww]ords by|[Rr]eporting by|[Ww]ritten by)\s+[A-Z][\w'’.-]*(?:\s+(?:[A-Z][\w'’.-]*|and|&|de|van|von|der|le|la))*(?:\s*[,|–—-]\s*[^.!?]{0,60})?$/;

const TIMESTAMP =
  /^(?:(?:first )?(?:published|updated|posted|last updated|modified)\b[^.!?]{0,60}\.?|(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+)?(?:\d{1,2}\s+[A-Z][a-z]+|[A-Z][a-z]+\.?\s+\d{1,2})(?:,?\s+\d{4})?(?:,?\s+\d{1,2}[.:]\d{2}\s*(?:am|pm)?(?:\s+[A-Z]{2,4})?)?|\d{1,2}[.:]\d{2}\s*(?:am|pm)(?:\s+[A-Z]{2,4})?)$/i;

const COPYRIGHT = /^(?:©|\(c\)\s|copyright\b|all rights reserved)/i;

export function isCredit(text: string): boolean {
  return text.length <= 90 && CREDIT.test(text);
}

// Patterns are module constants: a regex literal inside a function makes a new RegExp object on every call.
const HAS_LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
const MARKDOWN_HEADING = /^#{1,6}\s/;
const LIST_ITEM = /^(?:[-*•–—·▪●◦‣]\s|\d{1,3}[.)]\s|[a-zA-Z][.)]\s)/;
const QUOTE_MARK = /["“”]/;
const TITLE_START = /^[\p{Lu}\p{N}“‘"']/u;

/** Page furniture that is never a claim: credits, calls to action, bylines, timestamps, rules, copyright. */
export function isBoilerplate(text: string): boolean {
  if (text.length > 160) return false;
  if (!HAS_LETTER_OR_DIGIT.test(text)) return true;
  return (
    isCredit(text) ||
    CALL_TO_ACTION.test(text) ||
    BYLINE.test(text) ||
    TIMESTAMP.test(text) ||
    COPYRIGHT.test(text)
  );
}

/**
 * Whether text ends in final punctuation, as /[.!?…:;,]["'”’)\]]*$/ tests it: skip the closing marks at the end,
 * then look at the character before them (a backward scan instead of a match attempt at every position).
 */
function endsWithFinalPunctuation(text: string): boolean {
  let i = text.length - 1;
  while (i >= 0 && isClosingMark(text.charCodeAt(i))) i--;
  if (i < 0) return false;
  const c = text.charCodeAt(i);
  return c === 46 || c === 33 || c === 63 || c === 0x2026 || c === 58 || c === 59 || c === 44;
}

/** " ' ” ’ ) ] */
function isClosingMark(code: number): boolean {
  return code === 34 || code === 39 || code === 0x201d || code === 0x2019 || code === 41 || code === 93;
}

/**
 * Runs of whitespace (as the regex class \\s sees it): text.split(/\\s+/) has one more piece than this. Counting
 * stops at limit, as the callers only compare the count with a bound.
 */
function countSpaceRuns(text: string, limit: number): number {
  let runs = 0;
  let inRun = false;
  for (let i = 0; i < text.length && runs < limit; i++) {
    const space = isRegexSpace(text.charCodeAt(i));
    if (space && !inRun) runs++;
    inRun = space;
  }
  return runs;
}

/** A one-sentence paragraph without final punctuation, short and starting like a title: a headline or crosshead. */
function looksLikeHeading(text: string, paragraph: number, paragraphs: number): boolean {
  if (MARKDOWN_HEADING.test(text)) return true;
  if (LIST_ITEM.test(text)) return false;
  // At most 25 words (24 runs of space) for a first-paragraph heading, at most 15 otherwise; the cheap tests first.
  if (paragraph === 0 && paragraphs > 1 && !QUOTE_MARK.test(text) && countSpaceRuns(text, 25) < 25)
    return true;
  return !endsWithFinalPunctuation(text) && countSpaceRuns(text, 15) < 15 && TITLE_START.test(text);
}

/** Decides each sentence's kind from its text and the shape of its paragraph. */
export function classifyKinds(
  text: string,
  sentences: SentenceSpan[],
  paragraphs: ParagraphSpan[],
): SegmentKind[] {
  const kinds: SegmentKind[] = sentences.map((s) =>
    isBoilerplate(text.slice(s.start, s.end)) ? 'boilerplate' : 'sentence',
  );
  let first = 0;
  while (first < sentences.length) {
    let last = first;
    while (last + 1 < sentences.length && sentences[last + 1].paragraph === sentences[first].paragraph)
      last++;
    markParagraph(text, sentences, kinds, first, last, paragraphs.length);
    first = last + 1;
  }
  return kinds;
}

function markParagraph(
  text: string,
  sentences: SentenceSpan[],
  kinds: SegmentKind[],
  first: number,
  last: number,
  paragraphCount: number,
): void {
  const endsWithCredit = last > first && isCredit(text.slice(sentences[last].start, sentences[last].end));
  if (endsWithCredit) {
    for (let i = first; i < last; i++) if (kinds[i] === 'sentence') kinds[i] = 'caption';
    return;
  }
  if (first !== last || kinds[first] !== 'sentence') return;
  const sentence = sentences[first];
  if (looksLikeHeading(text.slice(sentence.start, sentence.end), sentence.paragraph, paragraphCount))
    kinds[first] = 'heading';
}
