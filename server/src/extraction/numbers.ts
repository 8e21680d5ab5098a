import type { NumberMention } from './types';

const MONTHS =
  'Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?';
const SCALE = 'bn|billion|m|mn|million|k|thousand|trillion|tn';
const NUM = '\\d[\\d,]*(?:\\.\\d+)?';

/** One pass, alternatives in priority order; each named group says what kind of number matched. */
const NUMBER_PATTERN = new RegExp(
  [
    `(?<date>\\b(?:${MONTHS})\\.?\\s+\\d{1,2}(?:st|nd|rd|th)?(?:,?\\s+\\d{4})?\\b|\\b\\d{1,2}(?:st|nd|rd|th)?\\s+(?:${MONTHS})\\b(?:\\s+\\d{4})?)`,
    `(?<money>(?:NZ|US|A|AU|C|HK)?[$£€¥]\\s?${NUM}(?:\\s?(?:${SCALE})\\b)?)`,
    `(?<percent>${NUM}\\s?(?:%|per ?cent\\b|pc\\b))`,
    `(?<time>\\b\\d{1,2}(?:[.:]\\d{2})?\\s?(?:am|pm|a\\.m\\.|p\\.m\\.)(?![a-z]))`,
    `(?<year>\\b(?:1[89]\\d\\d|20\\d\\d)\\b(?![.,]?\\d))`,
    `(?<scaled>${NUM}\\s?(?:${SCALE})\\b)`,
    `(?<plain>${NUM}(?:\\s?(?:kg|km|cm|mm|mph|km\\/h|kph|m|ft|miles?|tonnes?|tons?|years?|days?|hours?|minutes?|people|times)\\b)?)`,
    `(?<word>(?<![\\w-])(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|hundred|dozen|thousands?|millions?|billions?|hundreds?|dozens?)(?![\\w-])(?:\\s+(?:times|people|years|days|percent|per cent))?)`,
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

function parseNumber(text: string): number | undefined {
  const match = /\d[\d,]*(?:\.\d+)?/.exec(text);
  if (match === null) return undefined;
  const value = Number(match[0].replace(/,/g, ''));
  return Number.isFinite(value) ? value : undefined;
}

function scaled(text: string): number | undefined {
  const value = parseNumber(text);
  const scale = /(bn|billion|mn|million|m|k|thousand|trillion|tn)\s*$/i.exec(text);
  if (value === undefined || scale === null) return value;
  return value * (SCALES[scale[1].toLowerCase()] ?? 1);
}

function currency(text: string): string {
  const prefix = /^(NZ|US|A|AU|C|HK)?([$£€¥])/.exec(text);
  if (prefix === null) return 'USD';
  if (prefix[1] !== undefined) return `${prefix[1] === 'A' ? 'AU' : prefix[1]}D`;
  return CURRENCIES[prefix[2]] ?? 'USD';
}

function describe(
  groups: Record<string, string | undefined>,
  text: string,
): Pick<NumberMention, 'value' | 'unit'> {
  if (groups.date !== undefined) return { unit: 'date' };
  if (groups.money !== undefined) return { value: scaled(text), unit: currency(text) };
  if (groups.percent !== undefined) return { value: parseNumber(text), unit: '%' };
  if (groups.time !== undefined) return { unit: 'time' };
  if (groups.year !== undefined) return { value: parseNumber(text), unit: 'year' };
  if (groups.scaled !== undefined) return { value: scaled(text) };
  if (groups.word !== undefined) {
    const word = text.toLowerCase().split(/\s+/)[0];
    const unit = /\s(\w+(?: cent)?)$/.exec(text)?.[1].toLowerCase();
    return { value: WORD_VALUES[word], unit };
  }
  const unit = /[a-z/]+$/i.exec(text)?.[0].toLowerCase();
  return { value: parseNumber(text), unit };
}

/** Numbers, amounts, percentages, times and dates in text[start, end), with offsets into the whole text. */
export function findNumbers(text: string, start: number, end: number): NumberMention[] {
  const slice = text.slice(start, end);
  if (
    !/\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|hundred|dozen|thousand|million|billion)/i.test(
      slice,
    )
  )
    return [];
  const mentions: NumberMention[] = [];
  NUMBER_PATTERN.lastIndex = 0;
  for (let m = NUMBER_PATTERN.exec(slice); m !== null; m = NUMBER_PATTERN.exec(slice)) {
    const found = m[0].replace(/[,.]+$/, '');
    if (m.groups?.word !== undefined && m.index > 0 && /^\p{Lu}/u.test(found)) continue;
    const mention: NumberMention = {
      text: found,
      start: start + m.index,
      end: start + m.index + found.length,
    };
    const { value, unit } = describe(m.groups ?? {}, found);
    if (value !== undefined) mention.value = value;
    if (unit !== undefined) mention.unit = unit;
    mentions.push(mention);
  }
  return mentions;
}
