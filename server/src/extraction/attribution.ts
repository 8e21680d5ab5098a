import type { EntityIndex } from './entities';
import { PERSON_TITLES, PLACES } from './gazetteer';
import { SPEECH_VERBS } from './lexicon';
import { isLetter } from './segmenter/chars';
import {
  endsWithOrganisation,
  extendOrganisation,
  hasOrganisationWord,
  isFunctionWord,
  isPossessive,
  ORGANISATION_ONLY,
  runStartBefore,
  spacesAfter,
  spacesBefore,
  SPACES,
  WHITESPACE_RUN,
  wordEndAfter,
  wordStartBefore,
} from './organisation-names';
import type { SentenceSpan } from './types';

export interface Attribution {
  speaker: string | null;
  quoted: boolean;
}

interface QuoteReading {
  /** The sentence with quoted characters blanked out, same length as the sentence. */
  unquoted: string;
  quoted: boolean;
  hasQuote: boolean;
  openAtEnd: boolean;
}

const ROLE_PHRASE =
  '[Tt]he\\s+(?:(?:[A-Z][a-z]+|US|UK|EU|UN)\\s+)?(?:president|leader|prime minister|minister|secretary|envoy|governor|chancellor|spokesman|spokeswoman|spokesperson|premier|mayor|senator|official|adviser)';
const NAME = "\\p{Lu}[\\p{L}'’-]+(?:\\s+\\p{Lu}[\\p{L}'’-]+){0,4}";
const ADVERBS =
  '(?:(?:has|had|have|also|then|later|again|too|previously|quickly|repeatedly|once|earlier|recently)\\s+)*';
/**
 * The subject right before a speech verb: he/she (1), a role (2) or a name (3), each maybe followed by an
 * apposition (`Fiona Hill, a former adviser, told`); or a name in apposition (5), maybe after "the" (4)
 * (`the minister of finance, Nicola Willis, said`, `the regulator, the Financial Markets Authority, said`).
 */
const SUBJECT_BEFORE_VERB = new RegExp(
  `(?:(?:\\b([Hh]e|[Ss]he)|\\b(${ROLE_PHRASE})|(${NAME}))(?:,[^,]{1,160},)?|,\\s+(?:(the)\\s+)?(${NAME}),)\\s+${ADVERBS}$`,
  'u',
);
/** The name right after a speech verb (2), maybe after "the" (1): `said Finance Minister Nicola Willis`. */
const NAME_AFTER_VERB = new RegExp(`^\\s+(?:(the)\\s+)?(${NAME})`, 'u');
const SUBJECT_AT_START = new RegExp(
  `^\\W*(?:[A-Z]\\w+,\\s+)?(?:But\\s+|And\\s+|So\\s+)?(?:\\b([Hh]e|[Ss]he)\\b|(${ROLE_PHRASE})\\b|(${NAME}))`,
  'u',
);
const LETTER = /^\p{L}$/u;

/** Code units taken by the character at i if it belongs to a word (`[\p{L}'’]`, as a regex with the u flag sees it), else 0. */
function wordCharWidth(text: string, i: number): number {
  if (i >= text.length) return 0;
  const c = text.charCodeAt(i);
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c === 39 ? 1 : 0;
  if (c === 0x2019) return 1;
  // General Punctuation (dashes, spaces, quote marks) has no letter: no need to ask the regex.
  if (c >= 0x2000 && c <= 0x206f) return 0;
  if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
    const low = text.charCodeAt(i + 1);
    if (low >= 0xdc00 && low <= 0xdfff) return LETTER.test(text.slice(i, i + 2)) ? 2 : 0;
  }
  if (c >= 0xd800 && c <= 0xdfff) return 0;
  return LETTER.test(text[i]) ? 1 : 0;
}
const SPEECH_VERB_LENGTH = [...SPEECH_VERBS, 'saying', 'telling'].reduce(
  (range, verb) => ({ min: Math.min(range.min, verb.length), max: Math.max(range.max, verb.length) }),
  { min: Infinity, max: 0 },
);
// Read for every word of a sentence with a speech verb: plain constants rather than property reads.
const SPEECH_VERB_MIN = SPEECH_VERB_LENGTH.min;
const SPEECH_VERB_MAX = SPEECH_VERB_LENGTH.max;
/**
 * A bit set over word hashes with the bit of every speech verb (and saying, telling) set, so most words are ruled
 * out without building a lower-cased copy. Other words may share a verb's bit; the full check settles those.
 */
const SPEECH_VERB_BITS = new Uint8Array(1 << 12);
for (const verb of [...SPEECH_VERBS, 'saying', 'telling'])
  SPEECH_VERB_BITS[asciiLowerHash(verb, 0, verb.length)] = 1;

/** FNV-1a of text[start, end) with A-Z lower-cased, cut to 12 bits, or -1 if it has a character outside ASCII. */
function asciiLowerHash(text: string, start: number, end: number): number {
  let h = 0x811c9dc5;
  for (let i = start; i < end; i++) {
    let c = text.charCodeAt(i);
    if (c >= 128) return -1;
    if (c >= 65 && c <= 90) c += 32;
    h = Math.imul(h ^ c, 16777619);
  }
  return (h ^ (h >>> 16)) & 0xfff;
}

/**
 * False only if text[start, end) lower-cased cannot be a speech verb: for an all-ASCII word, toLowerCase only
 * lower-cases A-Z, so a verb's hash bit must be set. Words with other characters are left to the full check.
 */
function mayBeSpeechVerb(text: string, start: number, end: number): boolean {
  const hash = asciiLowerHash(text, start, end);
  return hash < 0 || SPEECH_VERB_BITS[hash] === 1;
}

/** One cheap pass that rules out most sentences before the word-by-word search for a speech verb. */
const SPEECH_HINT = new RegExp(`\\b(?:${[...SPEECH_VERBS, 'saying', 'telling'].join('|')})\\b`, 'i');

/** Verbs after which a name is the speaker even as an organisation (`…, said the Ministry of Justice.`): not told, asked. */
const VERBS_BEFORE_SPEAKER = new Set(['said', 'says', 'added', 'adds', 'wrote', 'writes']);
/** What may follow an organisation named after its verb: the end of the clause, or `in a statement`. */
const AFTER_NAMED_SPEAKER = /^\s*(?:[.,;:!?)\u2013\u2014-]|in a statement\b|$)/;

/** Blanks for quoted text: a slice of this shares its characters, where ' '.repeat(n) would copy n of them. */
const BLANKS = ' '.repeat(256);

function spaces(n: number): string {
  return n <= BLANKS.length ? BLANKS.slice(0, n) : ' '.repeat(n);
}

/** Reads quote marks through a sentence; `open` says whether a quote is already open at its start. */
export function readQuotes(sentence: string, open: boolean): QuoteReading {
  return readQuotesIn(sentence, 0, sentence.length, open);
}

/** Whether text[start, end) has a mark readQuotesIn reads as a quote: " « » “ ” „. */
function hasQuoteMark(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c === 34 || c === 0xab || c === 0xbb || (c >= 0x201c && c <= 0x201e)) return true;
  }
  return false;
}

/**
 * readQuotes of the sentence text.slice(start, end), read in place: charCodeAt on the article itself is cheaper
 * than on a slice of it, and the slice is made only when no quote mark changes it.
 */
function readQuotesIn(text: string, start: number, end: number, open: boolean): QuoteReading {
  // Most sentences have no quote mark and none open: nothing is blanked out and no letter is quoted, so the
  // letter count is not needed either.
  if (!open && !hasQuoteMark(text, start, end)) {
    return { unquoted: text.slice(start, end), quoted: false, hasQuote: false, openAtEnd: false };
  }
  let inside = open;
  let hasQuote = open;
  let letters = 0;
  let quotedLetters = 0;
  // The sentence with quote marks and quoted text blanked out, built as the marks are met.
  let unquoted = '';
  let runStart = start;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c < 0xc0) {
      if ((c >= 97 && c <= 122) || (c >= 65 && c <= 90)) {
        letters++;
        if (inside) quotedLetters++;
        continue;
      }
      if (c !== 34 && c !== 0xab && c !== 0xbb) continue;
    } else if (c !== 0x201c && c !== 0x201d && c !== 0x201e) {
      if (isLetter(c)) {
        letters++;
        if (inside) quotedLetters++;
      }
      continue;
    }
    const opens =
      c === 0x201c ||
      c === 0x201e ||
      c === 0xab ||
      (c === 34 && !inside) ||
      (c === 0x201d && i === start && !inside);
    const closes = c === 0x201d || c === 0xbb || c === 34;
    if (opens || (closes && inside)) {
      hasQuote = true;
      unquoted += inside ? spaces(i - runStart + 1) : text.slice(runStart, i) + ' ';
      inside = opens;
      runStart = i + 1;
    }
  }
  if (hasQuote) {
    unquoted += inside ? spaces(end - runStart) : text.slice(runStart, end);
  }
  return {
    unquoted: hasQuote ? unquoted : text.slice(start, end),
    quoted: letters > 0 && quotedLetters * 2 >= letters,
    hasQuote,
    openAtEnd: inside,
  };
}

/** Finds speakers of quoted and reported speech, resolving he/she and "the US president" to people named earlier. */
export class Attributor {
  private lastSubject: string | null = null;
  private lastSpeaker: string | null = null;
  /** Speakers found to be organisations: they speak, but he or she never points back to them. */
  private readonly organisations = new Set<string>();

  constructor(
    private readonly text: string,
    private readonly sentences: SentenceSpan[],
    private readonly entities: EntityIndex,
  ) {}

  attributeAll(): Attribution[] {
    const readings = this.readAll();
    const explicit: (string | null | undefined)[] = new Array(readings.length).fill(undefined);
    const explicitOf = (i: number): string | null => {
      let found = explicit[i];
      if (found === undefined) found = explicit[i] = this.explicitSpeaker(readings[i].unquoted, i);
      return found;
    };
    return readings.map((reading, i) => {
      const own = explicitOf(i);
      const person = own !== null && this.organisations.has(own) ? null : own;
      const subject = person === null ? this.subjectAtStart(reading.unquoted) : null;
      let speaker = own;
      if (speaker === null && reading.hasQuote) {
        speaker = subject ?? this.paragraphSpeaker(readings, explicitOf, i) ?? this.lastSpeaker;
      }
      if (speaker !== null) this.lastSpeaker = speaker;
      this.lastSubject = person ?? subject ?? this.firstPerson(i, reading.unquoted) ?? this.lastSubject;
      return { speaker, quoted: reading.quoted };
    });
  }

  private readAll(): QuoteReading[] {
    let open = false;
    return this.sentences.map((span, i) => {
      if (i === 0 || this.sentences[i - 1].paragraph !== span.paragraph) open = false;
      const reading = readQuotesIn(this.text, span.start, span.end, open);
      open = reading.openAtEnd;
      return reading;
    });
  }

  /** A quoted sentence without its own attribution takes the one given elsewhere in its quoted paragraph. */
  private paragraphSpeaker(
    readings: QuoteReading[],
    explicitOf: (i: number) => string | null,
    i: number,
  ): string | null {
    const paragraph = this.sentences[i].paragraph;
    for (let j = i + 1; j < this.sentences.length && this.sentences[j].paragraph === paragraph; j++) {
      if (!readings[j].hasQuote) continue;
      const speaker = explicitOf(j);
      if (speaker !== null) return speaker;
    }
    return null;
  }

  private explicitSpeaker(unquoted: string, sentence: number): string | null {
    if (!SPEECH_HINT.test(unquoted)) return null;
    const length = unquoted.length;
    for (let start = 0; start < length;) {
      const width = wordCharWidth(unquoted, start);
      if (width === 0) {
        start++;
        continue;
      }
      let end = start + width;
      for (let w = wordCharWidth(unquoted, end); w > 0; w = wordCharWidth(unquoted, end)) end += w;
      const index = start;
      start = end;
      // Lower-casing never shortens a word and only lengthens one by adding non-ASCII marks, so a word of another
      // length than every speech verb cannot be one.
      if (end - index < SPEECH_VERB_MIN || end - index > SPEECH_VERB_MAX) continue;
      if (!mayBeSpeechVerb(unquoted, index, end)) continue;
      const verb = unquoted.slice(index, end).toLowerCase();
      if (verb === 'saying' || verb === 'telling') return this.firstPerson(sentence, unquoted);
      if (!SPEECH_VERBS.has(verb)) continue;
      // "the United States", "the Gulf States": a name, not the verb.
      if (verb === 'states' && unquoted.charCodeAt(index) === 83) continue;
      const from = Math.max(0, index - 240);
      const before = SUBJECT_BEFORE_VERB.exec(unquoted.slice(from, index));
      let found: string | null = null;
      if (before !== null) {
        if (before[3] !== undefined)
          found = this.namedBefore(unquoted, from + before.index, before[3], false);
        else if (before[5] !== undefined) {
          const at = from + before.index + before[0].indexOf(before[5]);
          found = this.namedBefore(unquoted, at, before[5], before[4] !== undefined);
        } else found = this.resolve(before[1], before[2], undefined);
      }
      if (found !== null) return found;
      const after = NAME_AFTER_VERB.exec(unquoted.slice(end));
      const named =
        after === null
          ? null
          : this.namedAfter(
              unquoted,
              end + after[0].length - after[2].length,
              after[2],
              after[1] !== undefined,
              verb,
            );
      if (named !== null) return named;
    }
    return null;
  }

  /**
   * The speaker named by the run of capitalised words name, at text[at, …) right before a speech verb: an
   * organisation read back over connectors (`the Ministry of Education said` → Ministry of Education), the person
   * after an organisation's or a place's possessive (`the Ministry of Education’s Ellen MacGregor-Reid`, `Russia’s
   * Putin`), else a person's name as before. `afterThe`: only an organisation can follow "the".
   */
  private namedBefore(text: string, at: number, name: string, afterThe: boolean): string | null {
    const end = at + name.length;
    let start = at;
    // "The Reserve Bank", "But NZ Police": a word that starts sentences is no part of the name.
    for (
      let e = wordEndAfter(text, start);
      e < end && isFunctionWord(text.slice(start, e));
      e = wordEndAfter(text, start)
    )
      start = spacesAfter(text, e);
    for (let e = end; e > start;) {
      const w = wordStartBefore(text, e);
      if (w === e) break;
      if (e < end && isPossessive(text.slice(w, e))) {
        const ownerStart = extendOrganisation(text, start, -1);
        const owner = text.slice(ownerStart, e - 2).split(SPACES);
        if (!hasOrganisationWord(owner) && !owner.some((word) => PLACES.has(word))) break;
        const next = spacesAfter(text, e);
        return this.namedBefore(text, next, text.slice(next, end), afterThe);
      }
      e = spacesBefore(text, w);
    }
    const nameStart = extendOrganisation(text, start, -1);
    const organisation = this.organisation(text, nameStart, end, start, end);
    if (organisation !== null || afterThe) return organisation;
    // The end of a name that is not a person's either ("the Chamber of Commerce", "the Duke of Sussex"), unless a
    // title starts it ("Minister of Finance Nicola Willis").
    if (
      nameStart < start &&
      ORGANISATION_ONLY.test(text.slice(nameStart, start)) &&
      !PERSON_TITLES.has(text.slice(nameStart, wordEndAfter(text, nameStart)))
    )
      return null;
    return this.entities.personName(name, true);
  }

  /** As namedBefore, for the name right after the verb (`…, said the Ministry of Justice.`). */
  private namedAfter(text: string, at: number, name: string, afterThe: boolean, verb: string): string | null {
    if (VERBS_BEFORE_SPEAKER.has(verb)) {
      const end = extendOrganisation(text, at + name.length, 1);
      if (AFTER_NAMED_SPEAKER.test(text.slice(end, end + 16))) {
        const organisation = this.organisation(text, at, end, at, at + name.length);
        if (organisation !== null || afterThe) return organisation;
      }
    }
    return afterThe ? null : this.entities.personName(name, true);
  }

  /**
   * text[start, end) as an organisation's name (spaces made single), if it names one: its last run of capitalised
   * words ends with an organisation word (`Reserve Bank`, `NZ Police`, `Statistics New Zealand`), or an earlier run
   * has one and the last is a short complement rather than a person (`Ministry of Education`, `Bank of New
   * Zealand`); not if the name's own run text[runStart, runEnd) has a person's title (`Reserve Bank Governor
   * Adrian Orr`).
   */
  private organisation(
    text: string,
    start: number,
    end: number,
    runStart: number,
    runEnd: number,
  ): string | null {
    // A person's title before a word that is not one: "Governor Adrian Orr", not "the Prime Minister".
    const runWords = text.slice(runStart, runEnd).split(SPACES);
    let title = false;
    for (const word of runWords) {
      if (!PERSON_TITLES.has(word)) {
        if (title) return null;
      } else title = true;
    }
    const lastRun = runStartBefore(text, end);
    if (lastRun === end) return null;
    // "Secretary of the Treasury", "Minister of Finance": a role, not the organisation.
    if (lastRun > start && PERSON_TITLES.has(text.slice(start, wordEndAfter(text, start)))) return null;
    const lastWords = text.slice(lastRun, end).split(SPACES);
    const named =
      endsWithOrganisation(lastWords) ||
      // "Procter & Gamble", "Johnson & Johnson": only firms join names with an ampersand.
      (lastRun > start && text.lastIndexOf('&', lastRun) >= start) ||
      (lastRun > start &&
        lastWords.length <= 3 &&
        hasOrganisationWord(text.slice(start, lastRun).split(SPACES)) &&
        !this.entities.isPerson(lastWords.join(' ')));
    if (!named) return null;
    const name = text.slice(start, end).replace(WHITESPACE_RUN, ' ');
    this.organisations.add(name);
    return name;
  }

  private subjectAtStart(unquoted: string): string | null {
    const match = SUBJECT_AT_START.exec(unquoted);
    return match === null ? null : this.resolve(match[1], match[2], match[3]);
  }

  /** `spoken`: the name is the subject of a speech verb, which is evidence enough that it names a person. */
  private resolve(
    pronoun: string | undefined,
    role: string | undefined,
    name: string | undefined,
    spoken = false,
  ): string | null {
    if (pronoun !== undefined) return this.lastSubject;
    if (role !== undefined) return this.entities.resolveRole(role) ?? role;
    return name === undefined ? null : this.entities.personName(name, spoken);
  }

  private firstPerson(sentence: number, unquoted: string): string | null {
    return this.entities.firstPersonOutsideQuotes(sentence, unquoted, this.sentences[sentence].start);
  }
}
