import type { EntityIndex } from './entities';
import { SPEECH_VERBS } from './lexicon';
import { isLetter } from './segmenter/chars';
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
const SUBJECT_BEFORE_VERB = new RegExp(
  `(?:\\b([Hh]e|[Ss]he)|\\b(${ROLE_PHRASE})|(${NAME}))(?:,[^,]{1,160},)?\\s+${ADVERBS}$`,
  'u',
);
const NAME_AFTER_VERB = new RegExp(`^\\s+(${NAME})`, 'u');
const SUBJECT_AT_START = new RegExp(
  `^\\W*(?:[A-Z]\\w+,\\s+)?(?:But\\s+|And\\s+|So\\s+)?(?:\\b([Hh]e|[Ss]he)\\b|(${ROLE_PHRASE})\\b|(${NAME}))`,
  'u',
);
const WORD = /[\p{L}'’]+/gu;
/** One cheap pass that rules out most sentences before the word-by-word search for a speech verb. */
const SPEECH_HINT = new RegExp(`\\b(?:${[...SPEECH_VERBS, 'saying', 'telling'].join('|')})\\b`, 'i');

/** Reads quote marks through a sentence; `open` says whether a quote is already open at its start. */
export function readQuotes(sentence: string, open: boolean): QuoteReading {
  let inside = open;
  let hasQuote = open;
  let letters = 0;
  let quotedLetters = 0;
  for (let i = 0; i < sentence.length; i++) {
    const c = sentence.charCodeAt(i);
    const opens =
      c === 0x201c ||
      c === 0x201e ||
      c === 0xab ||
      (c === 34 && !inside) ||
      (c === 0x201d && i === 0 && !inside);
    const closes = c === 0x201d || c === 0xbb || c === 34;
    if (opens || (closes && inside)) {
      hasQuote = true;
      inside = opens;
      continue;
    }
    if (isLetter(c)) {
      letters++;
      if (inside) quotedLetters++;
    }
  }
  return {
    unquoted: hasQuote ? blankQuotes(sentence, open) : sentence,
    quoted: letters > 0 && quotedLetters * 2 >= letters,
    hasQuote,
    openAtEnd: inside,
  };
}

/** The sentence with quote marks and quoted text replaced by spaces (same length, so offsets still hold). */
function blankQuotes(sentence: string, open: boolean): string {
  let inside = open;
  let out = '';
  let runStart = 0;
  for (let i = 0; i < sentence.length; i++) {
    const c = sentence.charCodeAt(i);
    const opens =
      c === 0x201c ||
      c === 0x201e ||
      c === 0xab ||
      (c === 34 && !inside) ||
      (c === 0x201d && i === 0 && !inside);
    const closes = c === 0x201d || c === 0xbb || c === 34;
    if (!(opens || (closes && inside))) continue;
    out += inside ? ' '.repeat(i - runStart + 1) : sentence.slice(runStart, i) + ' ';
    inside = opens;
    runStart = i + 1;
  }
  const rest = sentence.length - runStart;
  return out + (inside ? ' '.repeat(rest) : sentence.slice(runStart));
}

/** Finds speakers of quoted and reported speech, resolving he/she and "the US president" to people named earlier. */
export class Attributor {
  private lastSubject: string | null = null;
  private lastSpeaker: string | null = null;

  constructor(
    private readonly text: string,
    private readonly sentences: SentenceSpan[],
    private readonly entities: EntityIndex,
  ) {}

  attributeAll(): Attribution[] {
    const readings = this.readAll();
    const explicit = new Map<number, string | null>();
    const explicitOf = (i: number): string | null => {
      if (!explicit.has(i)) explicit.set(i, this.explicitSpeaker(readings[i].unquoted, i));
      return explicit.get(i) ?? null;
    };
    return readings.map((reading, i) => {
      const own = explicitOf(i);
      const subject = own === null ? this.subjectAtStart(reading.unquoted) : null;
      let speaker = own;
      if (speaker === null && reading.hasQuote) {
        speaker = subject ?? this.paragraphSpeaker(readings, explicitOf, i) ?? this.lastSpeaker;
      }
      if (speaker !== null) this.lastSpeaker = speaker;
      this.lastSubject = own ?? subject ?? this.firstPerson(i, reading.unquoted) ?? this.lastSubject;
      return { speaker, quoted: reading.quoted };
    });
  }

  private readAll(): QuoteReading[] {
    let open = false;
    return this.sentences.map((span, i) => {
      if (i === 0 || this.sentences[i - 1].paragraph !== span.paragraph) open = false;
      const reading = readQuotes(this.text.slice(span.start, span.end), open);
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
    WORD.lastIndex = 0;
    for (let m = WORD.exec(unquoted); m !== null; m = WORD.exec(unquoted)) {
      const verb = m[0].toLowerCase();
      if (verb === 'saying' || verb === 'telling') return this.firstPerson(sentence, unquoted);
      if (!SPEECH_VERBS.has(verb)) continue;
      const before = SUBJECT_BEFORE_VERB.exec(unquoted.slice(Math.max(0, m.index - 240), m.index));
      const found = before === null ? null : this.resolve(before[1], before[2], before[3], true);
      if (found !== null) return found;
      const after = NAME_AFTER_VERB.exec(unquoted.slice(m.index + m[0].length));
      const named = after === null ? null : this.entities.personName(after[1], true);
      if (named !== null) return named;
    }
    return null;
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
    const start = this.sentences[sentence].start;
    const mention = this.entities
      .mentionsOf(sentence)
      .find((m) => m.kind === 'person' && unquoted.charCodeAt(m.start - start) !== 32);
    return mention?.text ?? null;
  }
}
