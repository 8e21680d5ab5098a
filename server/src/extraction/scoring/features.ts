import {
  COMPARATIVE_WORDS,
  FIRST_PERSON,
  FUTURE_WORDS,
  HEDGE_WORDS,
  LAW_WORDS,
  NUMBER_WORDS,
  OPINION_WORDS,
  SECOND_PERSON,
  SPEECH_VERBS,
  WE_WORDS,
} from '../lexicon';
import { fnv1a, mix } from './hash';

/** Which feature families a model uses; stored with the weights so scoring matches training. */
export interface FeatureConfig {
  hashBits: number;
  wordNgrams: 1 | 2 | 3;
  charNgrams: number[];
  handFeatures: boolean;
  context: boolean;
}

export interface SentenceContext {
  previous?: string;
  next?: string;
  speaker?: string;
}

/** Sparse binary feature vector: bucket indices, possibly repeated. */
export interface FeatureVector {
  indices: Int32Array;
  length: number;
}

const SEED_WORD = 0x9e3779b1;
const SEED_BIGRAM = 0x85ebca6b;
const SEED_TRIGRAM = 0xc2b2ae35;
const SEED_CHAR = 0x27d4eb2f;
const SEED_HAND = 0x165667b1;
const SEED_CONTEXT = 0x61c88647;

const TOKEN = /[a-z0-9]+(?:['’][a-z]+)*|[$£€%]/g;

/** Lower-cased word tokens with numbers folded to shapes (<year>, <num>, <dec>). */
export function tokenize(text: string): string[] {
  const tokens = text.toLowerCase().match(TOKEN) ?? [];
  for (let i = 0; i < tokens.length; i++) tokens[i] = foldToken(tokens[i]);
  return tokens;
}

function foldToken(token: string): string {
  const first = token.charCodeAt(0);
  if (first < 48 || first > 57) return token.indexOf('’') >= 0 ? token.replace(/’/g, "'") : token;
  if (/^(1[89]|20)\d\d$/.test(token)) return '<year>';
  if (/^\d+$/.test(token)) return token.length > 3 ? '<bignum>' : '<num>';
  return '<numx>';
}

export class FeatureExtractor {
  private buffer = new Int32Array(4096);
  private readonly lexiconCounts = new Int32Array(LEXICONS.length);
  private length = 0;
  private readonly mask: number;

  constructor(readonly config: FeatureConfig) {
    this.mask = (1 << config.hashBits) - 1;
  }

  extract(text: string, context?: SentenceContext): FeatureVector {
    this.length = 0;
    const charNgrams = this.config.charNgrams;
    // Without character n-grams the lower-cased copy is only needed for the rare text the word scan cannot
    // lower-case itself (see addWordAndHandFeatures), so it is made only then.
    if (charNgrams.length > 0 || !this.addWordAndHandFeatures(text, text, true)) {
      const lower = text.toLowerCase();
      this.length = 0;
      this.addWordAndHandFeatures(text, lower, false);
      for (const n of charNgrams) this.addCharNgrams(lower, n);
    }
    if (this.config.context && context !== undefined) this.addContext(context);
    return { indices: this.buffer, length: this.length };
  }

  /**
   * One pass over the text that does what tokenize + addWordNgrams + handFeatures do, in the same order and with
   * the same hashes, without building token arrays or feature-name strings.
   *
   * `source` is what is scanned for tokens: text.toLowerCase() (`direct` false), or text itself (`direct` true),
   * lower-cased A-Z by A-Z as it is read. Scanning text itself saves the copy and lets the same pass count
   * capitalised words and spot quote marks. It gives the same tokens because toLowerCase maps every other
   * character to non-token characters, except U+0130 (to "i" and a combining dot) and the Kelvin sign (to "k"):
   * on meeting one of those the direct scan gives up and returns false, and the caller scans the lower-cased copy.
   */
  private addWordAndHandFeatures(text: string, source: string, direct: boolean): boolean {
    const ngrams = this.config.wordNgrams;
    let previous = START_HASH;
    let beforePrevious = previous;
    let count = 0;
    let flagsSeen = 0;
    let previousFlags = 0;
    let past = 0;
    const counts = this.lexiconCounts;
    counts.fill(0);
    // Hand features read from the direct scan (the other scan gets them from text afterwards).
    let capitals = 0;
    let nextCapital = 0;
    let quote = false;
    const length = source.length;
    let i = 0;
    while (i < length) {
      const c = lowerAscii(source.charCodeAt(i));
      let e: number;
      let h: number;
      let flags: number;
      if (c >= 97 && c <= 122) {
        // A capitalised word as countCapitalised counts it: text[i - 2, i + 2) is `[^.!?]\s[A-Z][a-z]`, at least
        // four characters after the last one counted. Its capital always starts a token, as a space precedes it.
        if (direct && i >= nextCapital && i >= 2 && i + 1 < length) {
          const capital = source.charCodeAt(i);
          if (
            capital <= 90 &&
            isAsciiLower(source.charCodeAt(i + 1)) &&
            isRegexSpace(source.charCodeAt(i - 1)) &&
            !isSentenceEnd(source.charCodeAt(i - 2))
          ) {
            capitals++;
            nextCapital = i + 4;
          }
        }
        // A word: hash it as tokenize folds it (’ to '), char by char.
        h = WORD_BASIS;
        e = i;
        for (; e < length; e++) {
          const d = lowerAscii(source.charCodeAt(e));
          if (!isTokenChar(d)) break;
          h = Math.imul(h ^ d, 16777619);
        }
        while (e + 1 < length) {
          const q = source.charCodeAt(e);
          if ((q !== 39 && q !== 0x2019) || !isAsciiLower(lowerAscii(source.charCodeAt(e + 1)))) break;
          h = Math.imul(h ^ 39, 16777619);
          for (e++; e < length; e++) {
            const d = lowerAscii(source.charCodeAt(e));
            if (!isAsciiLower(d)) break;
            h = Math.imul(h ^ d, 16777619);
          }
        }
        h >>>= 0;
        flags = wordFlags(source, i, e, h);
      } else if (c >= 48 && c <= 57) {
        const shape = numberShape(source, i, length);
        e = shape.end;
        h = shape.hash;
        flags = shape.flags;
      } else if (c === 36 || c === 0xa3 || c === 0x20ac || c === 37) {
        e = i + 1;
        h = Math.imul(WORD_BASIS ^ c, 16777619) >>> 0;
        flags = SYMBOL_FLAGS[c];
      } else {
        // Every character outside tokens passes here, so this sees every quote mark (toLowerCase keeps them).
        if (c === 34 || c === 0x201c || c === 0x201d) quote = true;
        else if (direct && (c === 0x130 || c === 0x212a)) return false;
        i++;
        continue;
      }
      i = e;
      this.add(h);
      if (ngrams >= 2) this.add(mix(previous, h, SEED_BIGRAM));
      if (ngrams >= 3) this.add(mix(mix(beforePrevious, previous, SEED_TRIGRAM), h, SEED_TRIGRAM));
      beforePrevious = previous;
      previous = h;
      count++;
      flagsSeen |= flags;
      if (flags & F_CENT && previousFlags & F_PER) flagsSeen |= F_PERCENT;
      previousFlags = flags;
      if (flags & F_PAST) past++;
      const bits = flags & LEXICON_MASK;
      if (bits !== 0) for (let bit = 0; bit < LEXICONS.length; bit++) if (bits & (1 << bit)) counts[bit]++;
    }
    if (ngrams >= 2) this.add(mix(previous, END_HASH, SEED_BIGRAM));
    if (!this.config.handFeatures) return true;
    this.add(HAND.len[bucket(count, LEN_EDGES)]);
    const digits = (flagsSeen & F_DIGITS) !== 0;
    if (digits) this.add(HAND.numAny);
    if (flagsSeen & F_PERCENT && digits) this.add(HAND.numPct);
    if (flagsSeen & F_MONEY && digits) this.add(HAND.numMoney);
    if (flagsSeen & F_YEAR) this.add(HAND.numYear);
    if (flagsSeen & F_LARGE) this.add(HAND.numLarge);
    for (let bit = 0; bit < LEXICONS.length; bit++) {
      if (counts[bit] > 0) this.add(HAND.lexicon[bit][Math.min(counts[bit], 3)]);
    }
    this.add(HAND.cap[bucket(direct ? capitals : countCapitalised(text), CAP_EDGES)]);
    let end = text.length - 1;
    while (end > 0 && text.charCodeAt(end) <= 32) end--;
    const last = text.charCodeAt(end);
    if (last === 63) this.add(HAND.endQ);
    else if (last === 33) this.add(HAND.endX);
    else if (last !== 46 && last !== 34 && last !== 0x201d) this.add(HAND.endNone);
    if (quote) this.add(HAND.quote);
    if (past > 0) this.add(HAND.past[Math.min(past, 3)]);
    if (digits && count > 6) this.add(HAND.numLong);
    return true;
  }

  private add(hash: number): void {
    if (this.length === this.buffer.length) {
      const grown = new Int32Array(this.buffer.length * 2);
      grown.set(this.buffer);
      this.buffer = grown;
    }
    this.buffer[this.length++] = hash & this.mask;
  }

  private addCharNgrams(lower: string, n: number): void {
    const seed = SEED_CHAR + n;
    for (let i = 0; i + n <= lower.length; i++) {
      let h = seed >>> 0;
      for (let j = i; j < i + n; j++) h = Math.imul(h ^ lower.charCodeAt(j), 16777619);
      this.add(h >>> 0);
    }
  }

  private addContext(context: SentenceContext): void {
    for (const [prefix, text] of [
      ['p:', context.previous],
      ['n:', context.next],
    ] as const) {
      if (text === undefined) continue;
      for (const token of tokenize(text)) this.add(fnv1a(prefix + token, SEED_CONTEXT));
    }
  }
}

function bucket(value: number, edges: number[]): number {
  let i = 0;
  while (i < edges.length && value > edges[i]) i++;
  return i;
}

/** Each lexicon gets a bit; one Map lookup per token tells every lexicon it belongs to. */
const LEXICONS: [string, Set<string>][] = [
  ['cmp', COMPARATIVE_WORDS],
  ['law', LAW_WORDS],
  ['fut', FUTURE_WORDS],
  ['op', OPINION_WORDS],
  ['hedge', HEDGE_WORDS],
  ['numw', NUMBER_WORDS],
  ['i', FIRST_PERSON],
  ['you', SECOND_PERSON],
  ['we', WE_WORDS],
  ['say', SPEECH_VERBS],
];
const LEXICON_BITS = new Map<string, number>();
LEXICONS.forEach(([, words], bit) => {
  for (const word of words) LEXICON_BITS.set(word, (LEXICON_BITS.get(word) ?? 0) | (1 << bit));
});
const PERCENT_TOKENS = new Set(['%', 'percent', 'pct']);
const MONEY_TOKENS = new Set(['$', '£', '€', 'dollars', 'bn', 'pounds', 'euros']);
const LARGE_TOKENS = new Set([
  'thousand',
  'thousands',
  'million',
  'millions',
  'billion',
  'billions',
  'trillion',
  'trillions',
]);
const CAPITALISED = /[^.!?]\s[A-Z][a-z]/g;

/** Named features of the kind a fact-checker looks for first: numbers, comparisons, attribution, hedges, opinion. */
export function handFeatures(text: string, tokens: string[]): string[] {
  const names: string[] = [`len:${bucket(tokens.length, [3, 6, 10, 15, 25, 40])}`];
  const counts = new Array<number>(LEXICONS.length).fill(0);
  let digits = false;
  let percent = false;
  let money = false;
  let large = false;
  let year = false;
  let past = 0;
  for (let t = 0; t < tokens.length; t++) {
    const token = tokens[t];
    if (token.charCodeAt(0) === 60) {
      digits = true;
      if (token === '<year>') year = true;
    }
    if (PERCENT_TOKENS.has(token) || (token === 'cent' && tokens[t - 1] === 'per')) percent = true;
    if (MONEY_TOKENS.has(token)) money = true;
    if (LARGE_TOKENS.has(token)) large = true;
    if (token.length > 4 && token.endsWith('ed')) past++;
    const bits = LEXICON_BITS.get(token);
    if (bits === undefined) continue;
    for (let bit = 0; bit < LEXICONS.length; bit++) if (bits & (1 << bit)) counts[bit]++;
  }
  if (digits) names.push('num:any');
  if (percent && digits) names.push('num:pct');
  if (money && digits) names.push('num:money');
  if (year) names.push('num:year');
  if (large) names.push('num:large');
  counts.forEach((count, bit) => {
    if (count > 0) names.push(`${LEXICONS[bit][0]}:${Math.min(count, 3)}`);
  });
  const capitals = text.match(CAPITALISED)?.length ?? 0;
  names.push(`cap:${bucket(capitals, [0, 1, 2, 4])}`);
  let end = text.length - 1;
  while (end > 0 && text.charCodeAt(end) <= 32) end--;
  const last = text[end];
  if (last === '?') names.push('end:q');
  else if (last === '!') names.push('end:x');
  else if (last !== '.' && last !== '"' && last !== '”') names.push('end:none');
  if (text.indexOf('“') >= 0 || text.indexOf('"') >= 0 || text.indexOf('”') >= 0) names.push('quote');
  if (past > 0) names.push(`past:${Math.min(past, 3)}`);
  if (digits && tokens.length > 6) names.push('num+long');
  return names;
}

const START_HASH = fnv1a('<s>', SEED_WORD);
const END_HASH = fnv1a('</s>', SEED_WORD);
const LEN_EDGES = [3, 6, 10, 15, 25, 40];
const CAP_EDGES = [0, 1, 2, 4];

/** Token flags: bits 0–9 are the lexicons (as in LEXICONS), then the number and tense hints of handFeatures. */
const LEXICON_MASK = (1 << LEXICONS.length) - 1;
const F_PERCENT = 1 << 10;
const F_MONEY = 1 << 11;
const F_LARGE = 1 << 12;
const F_PAST = 1 << 13;
const F_DIGITS = 1 << 14;
const F_YEAR = 1 << 15;
const F_CENT = 1 << 16;
const F_PER = 1 << 17;

const WORD_BASIS = (0x811c9dc5 ^ SEED_WORD) >>> 0;

/** Flags of a word token, from its spelling (the token itself is never built). */
function tokenFlags(token: string): number {
  let flags = LEXICON_BITS.get(token) ?? 0;
  if (token.charCodeAt(0) === 60) flags |= F_DIGITS;
  if (token === '<year>') flags |= F_YEAR;
  if (PERCENT_TOKENS.has(token)) flags |= F_PERCENT;
  if (MONEY_TOKENS.has(token)) flags |= F_MONEY;
  if (LARGE_TOKENS.has(token)) flags |= F_LARGE;
  if (token.length > 4 && token.endsWith('ed')) flags |= F_PAST;
  if (token === 'cent') flags |= F_CENT;
  if (token === 'per') flags |= F_PER;
  return flags;
}

/**
 * Words that carry flags other than the past tense, in an open-addressing table keyed by their word hash;
 * a hit is confirmed letter by letter, so a hash collision can never give a word flags it does not have.
 */
const SPECIAL_WORDS: { word: string; hash: number; flags: number }[] = [];
const SPECIAL_SLOTS = new Int32Array(4096);
for (const word of new Set([
  ...LEXICON_BITS.keys(),
  ...PERCENT_TOKENS,
  ...MONEY_TOKENS,
  ...LARGE_TOKENS,
  'cent',
  'per',
])) {
  const hash = fnv1a(word, SEED_WORD);
  SPECIAL_WORDS.push({ word, hash, flags: tokenFlags(word) });
  let slot = hash & (SPECIAL_SLOTS.length - 1);
  while (SPECIAL_SLOTS[slot] !== 0) slot = (slot + 1) & (SPECIAL_SLOTS.length - 1);
  SPECIAL_SLOTS[slot] = SPECIAL_WORDS.length;
}

/** Flags of the word source[start, end) (already hashed to hash), as tokenFlags gives them for its folded form. */
function wordFlags(source: string, start: number, end: number, hash: number): number {
  const length = end - start;
  for (
    let slot = hash & (SPECIAL_SLOTS.length - 1);
    SPECIAL_SLOTS[slot] !== 0;
    slot = (slot + 1) & (SPECIAL_SLOTS.length - 1)
  ) {
    const entry = SPECIAL_WORDS[SPECIAL_SLOTS[slot] - 1];
    if (entry.hash !== hash || entry.word.length !== length) continue;
    let k = 0;
    while (k < length) {
      let c = lowerAscii(source.charCodeAt(start + k));
      if (c === 0x2019) c = 39;
      if (c !== entry.word.charCodeAt(k)) break;
      k++;
    }
    if (k === length) return entry.flags;
  }
  return length > 4 &&
    lowerAscii(source.charCodeAt(end - 2)) === 101 &&
    lowerAscii(source.charCodeAt(end - 1)) === 100
    ? F_PAST
    : 0;
}

/** Flags of the one-character tokens $ £ € %, by char code. */
const SYMBOL_FLAGS: Record<number, number> = {};
for (const symbol of '$£€%') SYMBOL_FLAGS[symbol.charCodeAt(0)] = tokenFlags(symbol);

interface NumberShape {
  end: number;
  hash: number;
  flags: number;
}

const SHAPES = {
  year: { end: 0, hash: fnv1a('<year>', SEED_WORD), flags: F_DIGITS | F_YEAR },
  bignum: { end: 0, hash: fnv1a('<bignum>', SEED_WORD), flags: F_DIGITS },
  num: { end: 0, hash: fnv1a('<num>', SEED_WORD), flags: F_DIGITS },
  numx: { end: 0, hash: fnv1a('<numx>', SEED_WORD), flags: F_DIGITS },
};

/** The token that starts with a digit at source[start]: where it ends and the shape tokenize folds it to. */
function numberShape(source: string, start: number, length: number): NumberShape {
  let e = start + 1;
  let digitsOnly = true;
  for (; e < length; e++) {
    const c = lowerAscii(source.charCodeAt(e));
    if (c >= 48 && c <= 57) continue;
    if (c < 97 || c > 122) break;
    digitsOnly = false;
  }
  while (e + 1 < length) {
    const q = source.charCodeAt(e);
    if ((q !== 39 && q !== 0x2019) || !isAsciiLower(lowerAscii(source.charCodeAt(e + 1)))) break;
    digitsOnly = false;
    e += 2;
    while (e < length && isAsciiLower(lowerAscii(source.charCodeAt(e)))) e++;
  }
  let shape: NumberShape;
  if (!digitsOnly) shape = SHAPES.numx;
  else if (e - start === 4 && isYearPrefix(source.charCodeAt(start), source.charCodeAt(start + 1)))
    shape = SHAPES.year;
  else shape = e - start > 3 ? SHAPES.bignum : SHAPES.num;
  shape.end = e;
  return shape;
}

function isYearPrefix(first: number, second: number): boolean {
  return (first === 49 && (second === 56 || second === 57)) || (first === 50 && second === 48);
}

/** A-Z to a-z, every other code unit as it is (toLowerCase restricted to ASCII). */
function lowerAscii(code: number): number {
  return code >= 65 && code <= 90 ? code + 32 : code;
}

function isSentenceEnd(code: number): boolean {
  return code === 46 || code === 33 || code === 63;
}

function isAsciiLower(code: number): boolean {
  return code >= 97 && code <= 122;
}

function isTokenChar(code: number): boolean {
  return (code >= 97 && code <= 122) || (code >= 48 && code <= 57);
}

/** Whitespace as the regex class \s sees it. */
export function isRegexSpace(code: number): boolean {
  if (code === 32 || (code >= 9 && code <= 13)) return true;
  if (code < 0xa0) return false;
  return (
    code === 0xa0 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000 ||
    code === 0xfeff
  );
}

/** Number of (non-overlapping, leftmost-first) matches of CAPITALISED in text, without running the regex. */
function countCapitalised(text: string): number {
  let count = 0;
  const length = text.length;
  // j is where the capital of a match would be: the match is text[j - 2, j + 2).
  for (let j = 2; j + 1 < length; j++) {
    const c = text.charCodeAt(j);
    if (c < 65 || c > 90) continue;
    const next = text.charCodeAt(j + 1);
    if (next < 97 || next > 122 || !isRegexSpace(text.charCodeAt(j - 1))) continue;
    if (isSentenceEnd(text.charCodeAt(j - 2))) continue;
    count++;
    j += 3;
  }
  return count;
}

function handHash(name: string): number {
  return fnv1a(name, SEED_HAND);
}

/** Hashes of every hand feature name, computed once. */
const HAND = {
  len: LEN_EDGES.concat(0).map((_, i) => handHash(`len:${i}`)),
  numAny: handHash('num:any'),
  numPct: handHash('num:pct'),
  numMoney: handHash('num:money'),
  numYear: handHash('num:year'),
  numLarge: handHash('num:large'),
  lexicon: LEXICONS.map(([name]) => [0, 1, 2, 3].map((n) => handHash(`${name}:${n}`))),
  cap: CAP_EDGES.concat(0).map((_, i) => handHash(`cap:${i}`)),
  endQ: handHash('end:q'),
  endX: handHash('end:x'),
  endNone: handHash('end:none'),
  quote: handHash('quote'),
  past: [0, 1, 2, 3].map((n) => handHash(`past:${n}`)),
  numLong: handHash('num+long'),
};
