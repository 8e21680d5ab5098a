import type { NumberMention } from './types';

const MONTHS =
  'Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?';
const SCALE = 'bn|billion|m|mn|million|k|thousand|trillion|tn';
const NUM = '\\d[\\d,]*(?:\\.\\d+)?';

/**
 * One pass, alternatives in priority order; which group matched says what kind of number it is (numbered as
 * commented). Numbered rather than named groups, as exec builds a groups object for every match of a named one.
 */
const NUMBER_PATTERN = new RegExp(
  [
    // 1: date
    `(\\b(?:${MONTHS})\\.?\\s+\\d{1,2}(?:st|nd|rd|th)?(?:,?\\s+\\d{4})?\\b|\\b\\d{1,2}(?:st|nd|rd|th)?\\s+(?:${MONTHS})\\b(?:\\s+\\d{4})?)`,
    // 2: money
    `((?:NZ|US|A|AU|C|HK)?[$£€¥]\\s?${NUM}(?:\\s?(?:${SCALE})\\b)?)`,
    // 3: percent
    `(${NUM}\\s?(?:%|per ?cent\\b|pc\\b))`,
    // 4: time
    `(\\b\\d{1,2}(?:[.:]\\d{2})?\\s?(?:am|pm|a\\.m\\.|p\\.m\\.)(?![a-z]))`,
    // 5: year
    `(\\b(?:1[89]\\d\\d|20\\d\\d)\\b(?![.,]?\\d))`,
    // 6: scaled
    `(${NUM}\\s?(?:${SCALE})\\b)`,
    // 7: plain
    `(${NUM}(?:\\s?(?:kg|km|cm|mm|mph|km\\/h|kph|m|ft|miles?|tonnes?|tons?|years?|days?|hours?|minutes?|people|times)\\b)?)`,
    // 8: word
    `((?<![\\w-])(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|hundred|dozen|thousands?|millions?|billions?|hundreds?|dozens?)(?![\\w-])(?:\\s+(?:times|people|years|days|percent|per cent))?)`,
  ].join('|'),
  'gi',
);

const SCALES: Record<string, number> = {
  k: 1e3,
  thousand: 1e3,
  m: 1e6,
  mn: 1e6,
  million: 1e6,
  bn: 1e9,
  billion: 1e9,
  tn: 1e12,
  trillion: 1e12,
};

const WORD_VALUES: Record<string, number> = {
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  hundred: 100,
  dozen: 12,
};

const CURRENCIES: Record<string, string> = { $: 'USD', '£': 'GBP', '€': 'EUR', '¥': 'JPY' };

// Patterns are module constants: a regex literal inside a function makes a new RegExp object on every call.
const COMMAS = /,/g;
const FINAL_SCALE = /(bn|billion|mn|million|m|k|thousand|trillion|tn)\s*$/i;
const CURRENCY_PREFIX = /^(NZ|US|A|AU|C|HK)?([$£€¥])/;
const SPACES = /\s+/;
const FINAL_WORD_UNIT = /\s(\w+(?: cent)?)$/;
const FINAL_UNIT = /[a-z/]+$/i;
const UPPER_START = /^\p{Lu}/u;
/** Cheap test that rules out a sentence without a digit or a number word before the full pattern runs. */
const MAY_HAVE_NUMBER =
  /\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|hundred|dozen|thousand|million|billion)/i;

function isDigit(code: number): boolean {
  return code >= 48 && code <= 57;
}

/** The first /\d[\d,]*(?:\.\d+)?/ in text as a number without its commas (scanned: no match array). */
function parseNumber(text: string): number | undefined {
  let start = 0;
  while (start < text.length && !isDigit(text.charCodeAt(start))) start++;
  if (start === text.length) return undefined;
  let end = start + 1;
  let commas = false;
  for (let c = text.charCodeAt(end); isDigit(c) || c === 44; c = text.charCodeAt(++end)) commas ||= c === 44;
  if (text.charCodeAt(end) === 46 && isDigit(text.charCodeAt(end + 1))) {
    end += 2;
    while (isDigit(text.charCodeAt(end))) end++;
  }
  const digits = text.slice(start, end);
  const value = Number(commas ? digits.replace(COMMAS, '') : digits);
  return Number.isFinite(value) ? value : undefined;
}

function scaled(text: string): number | undefined {
  const value = parseNumber(text);
  const scale = FINAL_SCALE.exec(text);
  if (value === undefined || scale === null) return value;
  return value * (SCALES[scale[1].toLowerCase()] ?? 1);
}

function currency(text: string): string {
  const prefix = CURRENCY_PREFIX.exec(text);
  if (prefix === null) return 'USD';
  if (prefix[1] !== undefined) return `${prefix[1] === 'A' ? 'AU' : prefix[1]}D`;
  return CURRENCIES[prefix[2]] ?? 'USD';
}

/** Value and unit of a number NUMBER_PATTERN matched (m), trimmed to text. */
function describe(m: RegExpExecArray, text: string): Pick<NumberMention, 'value' | 'unit'> {
  if (m[1] !== undefined) return { unit: 'date' };
  if (m[2] !== undefined) return { value: scaled(text), unit: currency(text) };
  if (m[3] !== undefined) return { value: parseNumber(text), unit: '%' };
  if (m[4] !== undefined) return { unit: 'time' };
  if (m[5] !== undefined) return { value: parseNumber(text), unit: 'year' };
  if (m[6] !== undefined) return { value: scaled(text) };
  if (m[8] !== undefined) {
    const word = text.toLowerCase().split(SPACES)[0];
    const unit = FINAL_WORD_UNIT.exec(text)?.[1].toLowerCase();
    return { value: WORD_VALUES[word], unit };
  }
  const unit = FINAL_UNIT.exec(text)?.[0].toLowerCase();
  return { value: parseNumber(text), unit };
}

/** The match without its final commas and full stops (as .replace(/[,.]+$/, '') gives it). */
function withoutFinalStops(match: string): string {
  let end = match.length;
  while (end > 0 && (match.charCodeAt(end - 1) === 44 || match.charCodeAt(end - 1) === 46)) end--;
  return end === match.length ? match : match.slice(0, end);
}

/** Numbers, amounts, percentages, times and dates in text[start, end), with offsets into the whole text. */
export function findNumbers(text: string, start: number, end: number): NumberMention[] {
  return numbersIn(text.slice(start, end), start);
}

/** findNumbers(text, start, end) for a caller that has slice = text.slice(start, end) already. */
export function numbersIn(slice: string, start: number): NumberMention[] {
  if (!MAY_HAVE_NUMBER.test(slice)) return [];
  // Starts as [first mention] when there is one: pushing onto [] would make room for 17 at once.
  let mentions: NumberMention[] | null = null;
  NUMBER_PATTERN.lastIndex = 0;
  for (let m = NUMBER_PATTERN.exec(slice); m !== null; m = NUMBER_PATTERN.exec(slice)) {
    const found = withoutFinalStops(m[0]);
    if (m[8] !== undefined && m.index > 0 && UPPER_START.test(found)) continue;
    const mention: NumberMention = {
      text: found,
      start: start + m.index,
      end: start + m.index + found.length,
    };
    const { value, unit } = describe(m, found);
    if (value !== undefined) mention.value = value;
    if (unit !== undefined) mention.unit = unit;
    if (mentions === null) mentions = [mention];
    else mentions.push(mention);
  }
  return mentions ?? [];
}
