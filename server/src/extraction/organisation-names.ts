import { NOT_NAMES, ORGANISATION_WORDS, PLACES } from './gazetteer';
import { isRegexSpace } from './scoring/features';
import { isLetter, isUpper } from './segmenter/chars';

/*
 * Reading an organisation's name around a speech verb, character by character (no regex over the sentence):
 * `the Ministry of Education said`, `said the Ministry of Justice.`, `Statistics New Zealand`, `Procter & Gamble`.
 * Used by attribution.ts only after a speech verb has matched, so ordinary sentences pay nothing for it.
 */

/**
 * Lower-case words (and `&`) inside an organisation's name: `Ministry of Education`, `Ministry for the
 * Environment`, `Food and Agriculture Organization`, `Procter & Gamble`, `Banque de France`.
 */
const ORGANISATION_CONNECTORS = new Set([
  'of',
  'for',
  'and',
  '&',
  'the',
  'de',
  'du',
  'des',
  'la',
  'le',
  'del',
  'di',
]);
/** Capitalised words of NOT_NAMES that can start an organisation's name (`European Central Bank`). */
const DEMONYMS = new Set([
  'Russian',
  'American',
  'Ukrainian',
  'European',
  'British',
  'Chinese',
  'English',
  'French',
  'German',
]);
/** Words that may follow an organisation word in its name: `Statistics New Zealand`, `Police Scotland`, `Statistics NZ`. */
const PLACE_PREFIXES = new Set(['New', 'South', 'North', 'East', 'West']);
export const WHITESPACE_RUN = /\s+/g;
/** Connectors found in organisations' names but not in people's (`Charles de Gaulle`, `Trump and Putin`). */
export const ORGANISATION_ONLY = /\b(?:of|for|the)\b|&/;
export const SPACES = /\s+/;
const ACRONYM = /^[A-Z]{2,6}$/;

function isNameWordChar(code: number): boolean {
  return isLetter(code) || code === 39 || code === 0x2019 || code === 45;
}

/** Where the word (name characters, or a lone `&`) that ends at end starts; end if there is none. */
export function wordStartBefore(text: string, end: number): number {
  if (end > 0 && text.charCodeAt(end - 1) === 38) return end - 1;
  let start = end;
  while (start > 0 && isNameWordChar(text.charCodeAt(start - 1))) start--;
  return start;
}

/** Where the word that starts at start ends; start if there is none. */
export function wordEndAfter(text: string, start: number): number {
  if (start < text.length && text.charCodeAt(start) === 38) return start + 1;
  let end = start;
  while (end < text.length && isNameWordChar(text.charCodeAt(end))) end++;
  return end;
}

export function spacesBefore(text: string, end: number): number {
  let start = end;
  while (start > 0 && isRegexSpace(text.charCodeAt(start - 1))) start--;
  return start;
}

export function spacesAfter(text: string, start: number): number {
  let end = start;
  while (end < text.length && isRegexSpace(text.charCodeAt(end))) end++;
  return end;
}

/** A word that starts a sentence or names a time ("The", "But", "Monday") rather than part of a name. */
export function isFunctionWord(word: string): boolean {
  return NOT_NAMES.has(word) && !DEMONYMS.has(word);
}

/**
 * Whether text[start, end) is a capitalised word that can be part of an organisation's name; a possessive ends the
 * name of its owner (`Mr Bush's Bureau of Labor Statistics`).
 */
function isNameWord(text: string, start: number, end: number): boolean {
  if (end - start < 2 || !isUpper(text.charCodeAt(start))) return false;
  const word = text.slice(start, end);
  return !isFunctionWord(word) && !isPossessive(word);
}

export function isPossessive(word: string): boolean {
  const n = word.length;
  return (
    n > 2 &&
    word.charCodeAt(n - 1) === 115 &&
    (word.charCodeAt(n - 2) === 39 || word.charCodeAt(n - 2) === 0x2019)
  );
}

/**
 * Reads an organisation's name on from a run of capitalised words, over connectors, towards its start (step -1,
 * from the run's start) or its end (step 1, from the run's end): `Ministry of | Education`, `Bank | of New Zealand`.
 * Between two runs stand one or two connectors, the first not "the" (`Yesterday the Reserve Bank`) and "and" alone
 * (`Trump and the White House` is two names). A comma is crossed only inside a list closed by "and" (`Ministry of
 * Business, Innovation and Employment`), and kept only if the name goes on past the list. Returns where the name
 * starts (step -1) or ends (step 1).
 */
export function extendOrganisation(text: string, from: number, step: 1 | -1): number {
  const back = step < 0;
  let committed = from;
  let at = from;
  let sawAnd = false;
  let pending = false;
  for (;;) {
    const gap = back ? spacesBefore(text, at) : spacesAfter(text, at);
    let next = gap;
    let comma = false;
    let hasAnd = false;
    if (back ? gap < at && text.charCodeAt(gap - 1) === 44 : text.charCodeAt(at) === 44) {
      // Going back the list's "and" has been read already; going on it must come later.
      if (pending || (back && !sawAnd)) break;
      comma = true;
      next = back ? gap - 1 : spacesAfter(text, at + 1);
      if (!back && next === at + 1) break;
    } else {
      if (gap === at) break;
      let connectors = 0;
      let first = '';
      while (connectors < 2) {
        const start = back ? wordStartBefore(text, next) : next;
        const end = back ? next : wordEndAfter(text, next);
        if (start === end) break;
        const word = text.slice(start, end);
        if (!ORGANISATION_CONNECTORS.has(word)) break;
        // Going back, the connector read last is the first in the text.
        if (back || connectors === 0) first = word;
        if (word === 'and' || word === '&') hasAnd = true;
        connectors++;
        const after = back ? spacesBefore(text, start) : spacesAfter(text, end);
        if (after === (back ? start : end)) return committed;
        next = after;
      }
      if (connectors === 0 || first === 'the' || (hasAnd && connectors > 1)) break;
    }
    const start = back ? wordStartBefore(text, next) : next;
    const end = back ? next : wordEndAfter(text, next);
    if (!isNameWord(text, start, end)) break;
    at = back ? start : end;
    // The rest of that run of capitalised words.
    for (;;) {
      const space = back ? spacesBefore(text, at) : spacesAfter(text, at);
      if (space === at) break;
      const s = back ? wordStartBefore(text, space) : space;
      const e = back ? space : wordEndAfter(text, space);
      if (!isNameWord(text, s, e)) break;
      at = back ? s : e;
    }
    if (hasAnd) sawAnd = true;
    if (comma) pending = true;
    else if (back || !pending || hasAnd) {
      pending = false;
      committed = at;
    }
  }
  return committed;
}

/** Where the run of capitalised words that ends at end starts (end if none). */
export function runStartBefore(text: string, end: number): number {
  let at = wordStartBefore(text, end);
  if (!isNameWord(text, at, end)) return end;
  for (;;) {
    const space = spacesBefore(text, at);
    if (space === at) break;
    const start = wordStartBefore(text, space);
    if (!isNameWord(text, start, space)) break;
    at = start;
  }
  return at;
}

/**
 * Whether a run of capitalised words ends an organisation's name: its last word is an organisation word, or only
 * places follow the last one (`Statistics New Zealand`, `Statistics NZ`, `Police Scotland`).
 */
export function endsWithOrganisation(words: readonly string[]): boolean {
  for (let k = words.length - 1; k >= 0; k--) {
    const word = words[k];
    if (ORGANISATION_WORDS.has(word)) return true;
    if (!PLACES.has(word) && !PLACE_PREFIXES.has(word) && !ACRONYM.test(word)) return false;
  }
  return false;
}

export function hasOrganisationWord(words: readonly string[]): boolean {
  return words.some((w) => ORGANISATION_WORDS.has(w));
}
