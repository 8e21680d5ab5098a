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

const HAND_HASHES = new Map<string, number>();
const WORD_HASHES = new Map<string, number>();
const WORD_CACHE_LIMIT = 200_000;

/** Word hashes are looked up far more often than computed: keep a bounded cache. */
function wordHash(token: string): number {
  let hash = WORD_HASHES.get(token);
  if (hash === undefined) {
    hash = fnv1a(token, SEED_WORD);
    if (WORD_HASHES.size >= WORD_CACHE_LIMIT) WORD_HASHES.clear();
    WORD_HASHES.set(token, hash);
  }
  return hash;
}

function handHash(name: string): number {
  let hash = HAND_HASHES.get(name);
  if (hash === undefined) {
    hash = fnv1a(name, SEED_HAND);
    HAND_HASHES.set(name, hash);
  }
  return hash;
}

export class FeatureExtractor {
  private buffer = new Int32Array(4096);
  private length = 0;
  private readonly mask: number;

  constructor(readonly config: FeatureConfig) {
    this.mask = (1 << config.hashBits) - 1;
  }

  extract(text: string, context?: SentenceContext): FeatureVector {
    this.length = 0;
    const tokens = tokenize(text);
    this.addWordNgrams(tokens, SEED_WORD, SEED_BIGRAM, SEED_TRIGRAM);
    for (const n of this.config.charNgrams) this.addCharNgrams(text.toLowerCase(), n);
    if (this.config.handFeatures) {
      for (const name of handFeatures(text, tokens)) this.add(handHash(name));
    }
    if (this.config.context && context !== undefined) this.addContext(context);
    return { indices: this.buffer, length: this.length };
  }

  private add(hash: number): void {
    if (this.length === this.buffer.length) {
      const grown = new Int32Array(this.buffer.length * 2);
      grown.set(this.buffer);
      this.buffer = grown;
    }
    this.buffer[this.length++] = hash & this.mask;
  }

  private addWordNgrams(tokens: string[], seed1: number, seed2: number, seed3: number): void {
    let previous = fnv1a('<s>', seed1);
    let beforePrevious = previous;
    for (const token of tokens) {
      const h = seed1 === SEED_WORD ? wordHash(token) : fnv1a(token, seed1);
      this.add(h);
      if (this.config.wordNgrams >= 2) this.add(mix(previous, h, seed2));
      if (this.config.wordNgrams >= 3) this.add(mix(mix(beforePrevious, previous, seed3), h, seed3));
      beforePrevious = previous;
      previous = h;
    }
    if (this.config.wordNgrams >= 2) this.add(mix(previous, fnv1a('</s>', seed1), seed2));
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
