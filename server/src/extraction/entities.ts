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

/** Words that make a run of capitalised words an organisation or a place rather than a person. */
const NOT_PERSON_WORDS = new Set([...ORGANISATION_WORDS, ...PLACE_WORDS, ...PLACES]);

/** Where "US President Donald Trump" splits, after its last title (2), else 0; the last word is never a title. */
function titleSplit(words: readonly string[], count: number): number {
  for (let k = count - 2; k >= 0; k--) if (PERSON_TITLES.has(words[k])) return k + 1;
  return 0;
}

/** Whether any of words[from, to) is in the set. */
function anyIn(words: readonly string[], from: number, to: number, set: ReadonlySet<string>): boolean {
  for (let k = from; k < to; k++) if (set.has(words[k])) return true;
  return false;
}

/**
 * An article's runs of capitalised words, each with its leading titles set apart ("US President | Donald Trump"),
 * in flat arrays indexed by run. An object and a words array for each run (most are one word) were much of what
 * the entity index allocated; one set of arrays, reused from article to article, allocates nothing once grown.
 */
class NameRuns {
  /** Every run's words in turn: its titles as written, then its name's words without a final 's or ’s. */
  readonly words: string[] = [];
  private wordCount = 0;
  /** Run r's words are words[from[r], to[r]), its name's words words[nameFrom[r], to[r]) (never empty). */
  from = new Int32Array(64);
  nameFrom = new Int32Array(64);
  to = new Int32Array(64);
  /** text.slice(start[r], end[r]) is run r's name as the article has it (words before the last keep their 's). */
  start = new Int32Array(64);
  end = new Int32Array(64);
  /** 1 if a word of the name before its last lost its 's: the name's words then differ from its text split. */
  strippedInside = new Uint8Array(64);
  length = 0;

  titled(r: number): boolean {
    return this.nameFrom[r] > this.from[r];
  }

  /** Adds the run of words[0, count), found at starts[0, count), split at its last title. */
  add(words: readonly string[], starts: readonly number[], count: number): void {
    if (this.length === this.from.length) this.grow();
    const split = titleSplit(words, count);
    const from = this.wordCount;
    let strippedInside = 0;
    for (let k = 0; k < count; k++) {
      const word = k < split ? words[k] : stripPossessive(words[k]);
      this.words[this.wordCount++] = word;
      if (k < count - 1 && word !== words[k]) strippedInside = 1;
    }
    const r = this.length++;
    this.from[r] = from;
    this.nameFrom[r] = from + split;
    this.to[r] = from + count;
    this.start[r] = starts[split];
    this.end[r] = starts[count - 1] + this.words[from + count - 1].length;
    this.strippedInside[r] = strippedInside;
  }

  /** Empties the list, dropping the words so that they (and the article they may point into) can be collected. */
  clear(): void {
    this.words.fill('', 0, this.wordCount);
    this.wordCount = 0;
    this.length = 0;
  }

  private grow(): void {
    const size = this.from.length * 2;
    const grown = (a: Int32Array) => {
      const b = new Int32Array(size);
      b.set(a);
      return b;
    };
    this.from = grown(this.from);
    this.nameFrom = grown(this.nameFrom);
    this.to = grown(this.to);
    this.start = grown(this.start);
    this.end = grown(this.end);
    const strippedInside = new Uint8Array(size);
    strippedInside.set(this.strippedInside);
    this.strippedInside = strippedInside;
  }
}

/** The runs of the article being indexed (an index is built in one go, so one list serves every article). */
const RUNS = new NameRuns();

interface Role {
  noun: string;
  qualifiers: string[];
  name: string;
}

/**
 * The apposition pattern cannot match without one of these substrings. One test of this plain alternation costs
 * less than an indexOf per substring (measured: about 4.6 against 7.9 µs for the sample article's sentences).
 */
const ROLE_HINT = /leader|counterpart|envoy|president|minister|secretary|adviser|spokes/;
/** "Russian counterpart Vladimir Putin": qualifier, role noun, name (one shared object; lastIndex reset per use). */
const APPOSITION =
  /((?:[A-Z][a-z]+|US|UK)\s+)?(leader|counterpart|envoy|president|minister|secretary|adviser|spokesman|spokeswoman)\s+((?:\p{Lu}[\p{L}'’-]+\s?){1,3})/gu;
// Patterns are module constants: a regex literal inside a function makes a new RegExp object on every call.
const SPACES = /\s+/;
const LEADING_THE = /^the\s+/i;
const NEXT_WORD = /^\s+(?:has\s+|had\s+|also\s+)*(\w+)/;
const CONNECTORS = new Set(['of', 'de', 'van', 'von', 'bin', 'al', 'der', 'la', 'le', 'du']);

function isNameChar(code: number): boolean {
  if (code < 0xc0)
    return (code >= 65 && code <= 90) || (code >= 97 && code <= 122) || code === 39 || code === 45;
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

/** The word without a final 's or ’s (as word.replace(/['’]s$/, '') would give it). */
function stripPossessive(word: string): string {
  const n = word.length;
  if (n < 2 || word.charCodeAt(n - 1) !== 115) return word;
  const quote = word.charCodeAt(n - 2);
  return quote === 39 || quote === 0x2019 ? word.slice(0, n - 2) : word;
}

/** Article-wide knowledge of who is who, built in one pass, then used sentence by sentence. */
export class EntityIndex {
  private readonly people = new Map<string, string>();
  /** Roles in the order they were learnt, by noun. */
  private readonly rolesByNoun = new Map<string, Role[]>();
  private readonly resolvedRoles = new Map<string, string | null>();
  private readonly spokenNames = new Map<string, string | null>();
  private readonly plainNames = new Map<string, string | null>();
  /**
   * The mentions of every sentence in one list, sentence i's at [firstMention[i], firstMention[i + 1]): one list
   * per article rather than one per sentence (runs are kept the same way while the index is built).
   */
  private readonly mentions: EntityMention[] = [];
  private readonly firstMention: Int32Array;

  constructor(
    private readonly text: string,
    sentences: SentenceSpan[],
  ) {
    const runs = RUNS;
    runs.clear();
    const firstRun = new Int32Array(sentences.length + 1);
    sentences.forEach((span, i) => {
      firstRun[i] = runs.length;
      this.names(span, runs);
    });
    firstRun[sentences.length] = runs.length;
    sentences.forEach((span, i) => this.learn(span, runs, firstRun[i], firstRun[i + 1]));
    this.firstMention = new Int32Array(sentences.length + 1);
    sentences.forEach((span, i) => {
      this.firstMention[i] = this.mentions.length;
      for (let r = firstRun[i]; r < firstRun[i + 1]; r++) this.tag(span, runs, r);
    });
    this.firstMention[sentences.length] = this.mentions.length;
    runs.clear();
  }

  /** Person mentions of a sentence as names (prefix titles removed); used for speakers. */
  personName(text: string, spoken = false): string | null {
    // Speakers recur through an article: remember answers until the next person is learnt.
    const memo = spoken ? this.spokenNames : this.plainNames;
    let name = memo.get(text);
    if (name === undefined) {
      name = this.findPersonName(text, spoken);
      memo.set(text, name);
    }
    return name;
  }

  private findPersonName(text: string, spoken: boolean): string | null {
    const words = text.split(SPACES).filter((w) => !NOT_NAMES.has(w));
    if (words.length === 0) return null;
    const split = titleSplit(words, words.length);
    const run = words.slice(split).map(stripPossessive);
    const name = run.join(' ');
    if (name.length === 0 || run.some((w) => ORGANISATION_WORDS.has(w) || PLACES.has(w))) return null;
    return spoken || split > 0 || this.isPerson(name) || run.length >= 2 ? name : null;
  }

  /** The longest form of a person's name seen in the article ("Trump" → "Donald Trump"). */
  fullName(name: string): string {
    return this.people.get(name) ?? name;
  }

  isPerson(name: string): boolean {
    return this.people.has(name) || this.people.has(name.split(SPACES).pop() ?? name);
  }

  /** Where the mentions of a sentence start in mentions (those of sentence i end where i + 1's start). */
  private mentionsFrom(sentence: number): number {
    // A sentence the index does not have has none: an empty range at the end.
    return sentence >= 0 && sentence < this.firstMention.length
      ? this.firstMention[sentence]
      : this.mentions.length;
  }

  /**
   * The first person mentioned in the sentence (which starts at offset) whose first character is not blanked out
   * in unquoted, the sentence with its quotes blanked out.
   */
  firstPersonOutsideQuotes(sentence: number, unquoted: string, offset: number): string | null {
    for (let k = this.mentionsFrom(sentence), to = this.mentionsFrom(sentence + 1); k < to; k++) {
      const m = this.mentions[k];
      if (m.kind === 'person' && unquoted.charCodeAt(m.start - offset) !== 32) return m.text;
    }
    return null;
  }

  entitiesOf(sentence: number): SegmentEntities {
    let people: string[] | null = null;
    let organisations: string[] | null = null;
    let places: string[] | null = null;
    for (let k = this.mentionsFrom(sentence), to = this.mentionsFrom(sentence + 1); k < to; k++) {
      const { kind, text } = this.mentions[k];
      if (kind === 'person') people = withName(people, text);
      else if (kind === 'place') places = withName(places, text);
      else organisations = withName(organisations, text);
    }
    return { people: people ?? [], organisations: organisations ?? [], places: places ?? [] };
  }

  /** "the US president" → the person last introduced as "US President …", if any. */
  resolveRole(phrase: string): string | null {
    const cached = this.resolvedRoles.get(phrase);
    if (cached !== undefined) return cached;
    const words = phrase.replace(LEADING_THE, '').split(SPACES);
    const noun = words[words.length - 1].toLowerCase();
    const qualifiers = words.slice(0, -1).map((w) => w.toLowerCase());
    let best: Role | null = null;
    const roles = this.rolesByNoun.get(noun) ?? [];
    // The last role that has every qualifier, else the first with that noun.
    for (let k = roles.length - 1; k >= 0 && best === null; k--) {
      if (qualifiers.every((q) => roles[k].qualifiers.includes(q))) best = roles[k];
    }
    best ??= roles[0] ?? null;
    const name = best?.name ?? null;
    this.resolvedRoles.set(phrase, name);
    return name;
  }

  /** Scratch space for the words of the run being read and their starts (reused, so only finished runs allocate). */
  private readonly scratchWords: string[] = [];
  private readonly scratchStarts: number[] = [];

  /** Runs of capitalised words, split at sentence-start words, each with its leading titles set apart. */
  private names(span: SentenceSpan, runs: NameRuns): void {
    const text = this.text;
    const words = this.scratchWords;
    const starts = this.scratchStarts;
    let count = 0;
    const stop = span.end;
    for (let i = span.start; i < stop;) {
      const code = text.charCodeAt(i);
      if (!isLetter(code)) {
        if (code !== 32 && code !== 0xa0 && count > 0) {
          runs.add(words, starts, count);
          count = 0;
        }
        i++;
        continue;
      }
      let end = i + 1;
      while (end < stop && isNameChar(text.charCodeAt(end))) end++;
      if (!isUpper(code)) {
        if (count > 0 && !(end - i <= 3 && CONNECTORS.has(text.slice(i, end)))) {
          runs.add(words, starts, count);
          count = 0;
        }
        i = end;
        continue;
      }
      const word = text.slice(i, end);
      if (NOT_NAMES.has(word) || isFirstPersonContraction(word)) {
        if (count > 0) {
          runs.add(words, starts, count);
          count = 0;
        }
      } else {
        words[count] = word;
        starts[count++] = i;
      }
      i = end;
    }
    if (count > 0) {
      runs.add(words, starts, count);
    }
    // Every run has a name: a run never splits off its last word.
  }

  /** Learns people and roles from the sentence and its runs[from, to). */
  private learn(span: SentenceSpan, runs: NameRuns, from: number, to: number): void {
    for (let r = from; r < to; r++) {
      const first = runs.nameFrom[r];
      const last = runs.to[r] - 1;
      if (anyIn(runs.words, first, last + 1, NOT_PERSON_WORDS)) continue;
      const titled = runs.titled(r);
      if (last === first && !titled) continue;
      const full = runs.words.slice(first, last + 1).join(' ');
      this.addPerson(runs.words[last], full);
      if (titled) this.addRole(runs.words.slice(runs.from[r], first), full);
    }
    this.learnRolesFromApposition(span);
  }

  private learnRolesFromApposition(span: SentenceSpan): void {
    const slice = this.text.slice(span.start, span.end);
    if (!ROLE_HINT.test(slice)) return;
    const pattern = APPOSITION;
    pattern.lastIndex = 0;
    for (let m = pattern.exec(slice); m !== null; m = pattern.exec(slice)) {
      const name = m[3].trim().split(SPACES).map(stripPossessive);
      if (name.some((w) => NOT_NAMES.has(w))) continue;
      this.addPerson(name[name.length - 1], name.join(' '));
      this.addRole([...(m[1] === undefined ? [] : [m[1].trim()]), m[2]], name.join(' '));
    }
  }

  /** Learns a person's full name ("Donald Trump") and that their surname ("Trump") may stand for it. */
  private addPerson(surname: string, full: string): void {
    // Map.clear allocates a fresh table, so clear only what holds something.
    if (this.spokenNames.size > 0) this.spokenNames.clear();
    if (this.plainNames.size > 0) this.plainNames.clear();
    const known = this.people.get(surname);
    if (known === undefined || known.length < full.length) this.people.set(surname, full);
    this.people.set(full, full);
  }

  private addRole(words: readonly string[], name: string): void {
    const lower = words.map((w) => w.toLowerCase());
    const noun = lower.filter((w) => ROLE_NOUNS.has(w)).pop();
    if (noun === undefined) return;
    const role = { noun, qualifiers: lower.filter((w) => w !== noun), name };
    const roles = this.rolesByNoun.get(noun);
    if (roles === undefined) this.rolesByNoun.set(noun, [role]);
    else roles.push(role);
    if (this.resolvedRoles.size > 0) this.resolvedRoles.clear();
  }

  /** Adds run r's mention, if it names an entity, to the sentence's mentions. */
  private tag(span: SentenceSpan, runs: NameRuns, r: number): void {
    const first = runs.nameFrom[r];
    const to = runs.to[r];
    const start = runs.start[r];
    const end = runs.end[r];
    // A one-word name is its word without 's, the same text as the slice.
    const name = to - first === 1 ? runs.words[first] : this.text.slice(start, end);
    let kind: EntityKind | null;
    if (runs.titled(r) || this.people.has(name)) kind = 'person';
    else if (runs.strippedInside[r] === 0) kind = this.classify(name, runs.words, first, to, span);
    else {
      const words = name.split(SPACES);
      kind = this.classify(name, words, 0, words.length, span);
    }
    if (kind !== null) this.mentions.push({ text: name, start, end, kind });
  }

  /**
   * What a name that is neither titled nor a known person names, from its words (words[from, to)): its text split
   * at spaces, or (the same as far as this can tell) its run's words. Splitting gives the run's words with any
   * lower-case connectors ("of", "de") between them, and no connector is in a word list, so the run's words answer
   * for the split unless a word before the last lost its 's.
   */
  private classify(
    name: string,
    words: readonly string[],
    from: number,
    to: number,
    span: SentenceSpan,
  ): EntityKind | null {
    if (anyIn(words, from, to, ORGANISATION_WORDS)) return 'organisation';
    const oneWord = to - from === 1;
    if (oneWord && ACRONYM.test(name))
      return TIME_ZONES.has(name) ? null : name === 'US' || name === 'UK' ? 'place' : 'organisation';
    if (anyIn(words, from, to, PLACES) || anyIn(words, from, to, PLACE_WORDS)) return 'place';
    if (this.people.has(words[to - 1])) return 'person';
    if (oneWord && followedBySpeechVerb(this.text.slice(span.start, span.end), name)) return 'person';
    return null;
  }
}

/**
 * The list with name added unless it is there already. A list starts as [name]: pushing onto [] would allocate
 * room for 17 names, and most sentences name one or two of a kind.
 */
function withName(list: string[] | null, name: string): string[] {
  if (list === null) return [name];
  if (!list.includes(name)) list.push(name);
  return list;
}

function followedBySpeechVerb(sentence: string, name: string): boolean {
  const at = sentence.indexOf(name);
  const next = NEXT_WORD.exec(sentence.slice(at + name.length));
  return next !== null && SPEECH_VERBS.has(next[1].toLowerCase());
}
