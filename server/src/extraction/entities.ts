import { NOT_NAMES, ORGANISATION_WORDS, PERSON_TITLES, PLACES, PLACE_WORDS, ROLE_NOUNS } from './gazetteer';
import { SPEECH_VERBS } from './lexicon';
import { isLetter, isUpper } from './segmenter/chars';
import type { SegmentEntities, SentenceSpan } from './types';

export type EntityKind = 'person' | 'organisation' | 'place';

export interface EntityMention {
  text: string;
  start: number;
  end: number;
  kind: EntityKind;
}

interface Word {
  text: string;
  start: number;
}

interface NameRun {
  prefix: string[];
  titled: boolean;
  name: Word[];
}

/** Splits "US President Donald Trump" at its last title: prefix "US President", name "Donald Trump". */
function toRun(words: Word[]): NameRun {
  let split = 0;
  for (let k = words.length - 2; k >= 0; k--) {
    if (PERSON_TITLES.has(words[k].text)) {
      split = k + 1;
      break;
    }
  }
  const prefix = words.slice(0, split).map((w) => w.text);
  const name = words.slice(split).map((w) => ({ text: stripPossessive(w.text), start: w.start }));
  return { prefix, titled: split > 0, name };
}

interface Role {
  noun: string;
  qualifiers: string[];
  name: string;
}

const ROLE_HINT = /leader|counterpart|envoy|president|minister|secretary|adviser|spokes/;
const CONNECTORS = new Set(['of', 'de', 'van', 'von', 'bin', 'al', 'der', 'la', 'le', 'du']);

function isNameChar(code: number): boolean {
  return isLetter(code) || code === 39 || code === 0x2019 || code === 45 || (code >= 0x300 && code <= 0x36f);
}

function isFirstPersonContraction(word: string): boolean {
  return (
    word.length > 2 &&
    word.charCodeAt(0) === 73 &&
    (word.charCodeAt(1) === 39 || word.charCodeAt(1) === 0x2019)
  );
}
const ACRONYM = /^[A-Z]{2,6}$/;
const TIME_ZONES = new Set([
  'BST',
  'GMT',
  'NZT',
  'UTC',
  'EST',
  'EDT',
  'PST',
  'PDT',
  'CET',
  'AEST',
  'AM',
  'PM',
  'OK',
  'TV',
]);

function stripPossessive(word: string): string {
  return word.replace(/['’]s$/, '');
}

/** Article-wide knowledge of who is who, built in one pass, then used sentence by sentence. */
export class EntityIndex {
  private readonly people = new Map<string, string>();
  private readonly roles: Role[] = [];
  private readonly mentions: EntityMention[][];

  constructor(
    private readonly text: string,
    sentences: SentenceSpan[],
  ) {
    const runs = sentences.map((span) => this.names(span));
    sentences.forEach((span, i) => this.learn(span, runs[i]));
    this.mentions = sentences.map((span, i) => this.tag(span, runs[i]));
  }

  /** Person mentions of a sentence as names (prefix titles removed); used for speakers. */
  personName(text: string, spoken = false): string | null {
    const words = text.split(/\s+/).filter((w) => !NOT_NAMES.has(w));
    if (words.length === 0) return null;
    const run = toRun(words.map((w) => ({ text: w, start: 0 })));
    const name = run.name.map((w) => w.text).join(' ');
    if (name.length === 0 || run.name.some((w) => ORGANISATION_WORDS.has(w.text) || PLACES.has(w.text)))
      return null;
    return spoken || run.titled || this.isPerson(name) || run.name.length >= 2 ? name : null;
  }

  /** The longest form of a person's name seen in the article ("Trump" → "Donald Trump"). */
  fullName(name: string): string {
    return this.people.get(name) ?? name;
  }

  isPerson(name: string): boolean {
    return this.people.has(name) || this.people.has(name.split(/\s+/).pop() ?? name);
  }

  mentionsOf(sentence: number): EntityMention[] {
    return this.mentions[sentence] ?? [];
  }

  entitiesOf(sentence: number): SegmentEntities {
    const entities: SegmentEntities = { people: [], organisations: [], places: [] };
    for (const mention of this.mentionsOf(sentence)) {
      const list =
        mention.kind === 'person'
          ? entities.people
          : mention.kind === 'place'
            ? entities.places
            : entities.organisations;
      if (!list.includes(mention.text)) list.push(mention.text);
    }
    return entities;
  }

  /** "the US president" → the person last introduced as "US President …", if any. */
  resolveRole(phrase: string): string | null {
    const words = phrase.replace(/^the\s+/i, '').split(/\s+/);
    const noun = words[words.length - 1].toLowerCase();
    const qualifiers = words.slice(0, -1).map((w) => w.toLowerCase());
    let best: Role | null = null;
    for (const role of this.roles) {
      if (role.noun !== noun) continue;
      const matches = qualifiers.every((q) => role.qualifiers.includes(q));
      if (matches || best === null) best = role;
    }
    return best?.name ?? null;
  }

  /** Runs of capitalised words, split at sentence-start words, each with its leading titles set apart. */
  private names(span: SentenceSpan): NameRun[] {
    const runs: NameRun[] = [];
    let run: Word[] = [];
    const flush = (): void => {
      if (run.length > 0) runs.push(toRun(run));
      run = [];
    };
    for (let i = span.start; i < span.end;) {
      const code = this.text.charCodeAt(i);
      if (!isLetter(code)) {
        if (code !== 32 && code !== 0xa0) flush();
        i++;
        continue;
      }
      let end = i + 1;
      while (end < span.end && isNameChar(this.text.charCodeAt(end))) end++;
      if (!isUpper(code)) {
        if (run.length > 0 && !(end - i <= 3 && CONNECTORS.has(this.text.slice(i, end)))) flush();
        i = end;
        continue;
      }
      const word = this.text.slice(i, end);
      if (NOT_NAMES.has(word) || isFirstPersonContraction(word)) {
        flush();
      } else {
        run.push({ text: word, start: i });
      }
      i = end;
    }
    flush();
    return runs.filter((r) => r.name.length > 0);
  }

  private learn(span: SentenceSpan, runs: NameRun[]): void {
    for (const run of runs) {
      const words = run.name.map((w) => w.text);
      if (words.some((w) => ORGANISATION_WORDS.has(w) || PLACE_WORDS.has(w) || PLACES.has(w))) continue;
      if (words.length >= 2 || run.titled) this.addPerson(words);
      if (run.titled) this.addRole(run.prefix, words.join(' '));
    }
    this.learnRolesFromApposition(span);
  }

  private learnRolesFromApposition(span: SentenceSpan): void {
    const slice = this.text.slice(span.start, span.end);
    if (!ROLE_HINT.test(slice)) return;
    const pattern =
      /((?:[A-Z][a-z]+|US|UK)\s+)?(leader|counterpart|envoy|president|minister|secretary|adviser|spokesman|spokeswoman)\s+((?:\p{Lu}[\p{L}'’-]+\s?){1,3})/gu;
    for (let m = pattern.exec(slice); m !== null; m = pattern.exec(slice)) {
      const name = m[3].trim().split(/\s+/).map(stripPossessive);
      if (name.some((w) => NOT_NAMES.has(w))) continue;
      this.addPerson(name);
      this.addRole([...(m[1] === undefined ? [] : [m[1].trim()]), m[2]], name.join(' '));
    }
  }

  private addPerson(name: string[]): void {
    const full = name.join(' ');
    const surname = name[name.length - 1];
    const known = this.people.get(surname);
    if (known === undefined || known.length < full.length) this.people.set(surname, full);
    this.people.set(full, full);
  }

  private addRole(words: string[], name: string): void {
    const lower = words.map((w) => w.toLowerCase());
    const noun = lower.filter((w) => ROLE_NOUNS.has(w)).pop();
    if (noun === undefined) return;
    this.roles.push({ noun, qualifiers: lower.filter((w) => w !== noun), name });
  }

  private tag(span: SentenceSpan, runs: NameRun[]): EntityMention[] {
    const mentions: EntityMention[] = [];
    const sentence = this.text.slice(span.start, span.end);
    for (const run of runs) {
      const first = run.name[0];
      const last = run.name[run.name.length - 1];
      const end = last.start + last.text.length;
      const name = this.text.slice(first.start, end);
      const kind = this.classify(name, sentence, run.titled);
      if (kind !== null) mentions.push({ text: name, start: first.start, end, kind });
    }
    return mentions;
  }

  private classify(name: string, sentence: string, titled: boolean): EntityKind | null {
    const words = name.split(/\s+/);
    if (titled || this.people.has(name)) return 'person';
    if (words.some((w) => ORGANISATION_WORDS.has(w))) return 'organisation';
    if (words.length === 1 && ACRONYM.test(name))
      return TIME_ZONES.has(name) ? null : name === 'US' || name === 'UK' ? 'place' : 'organisation';
    if (words.some((w) => PLACES.has(w) || PLACE_WORDS.has(w))) return 'place';
    if (this.people.has(words[words.length - 1])) return 'person';
    if (words.length === 1 && followedBySpeechVerb(sentence, name)) return 'person';
    return null;
  }
}

function followedBySpeechVerb(sentence: string, name: string): boolean {
  const at = sentence.indexOf(name);
  const next = /^\s+(?:has\s+|had\s+|also\s+)*(\w+)/.exec(sentence.slice(at + name.length));
  return next !== null && SPEECH_VERBS.has(next[1].toLowerCase());
}
