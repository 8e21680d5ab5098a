import fc from 'fast-check';
import * as fs from 'fs';
import * as path from 'path';
import {
  ALASKA_MUST_BE_CLAIMS,
  ALASKA_MUST_NOT_BE_CLAIMS,
  ALASKA_SEGMENTS,
} from './fixtures/alaska-summit.expected';
import { extractClaims, scoreSentence } from './index';
import { isSpace } from './segmenter';

const article = fs.readFileSync(path.join(__dirname, 'fixtures/alaska-summit-article.txt'), 'utf8');
const result = extractClaims(article);

function segmentStarting(prefix: string) {
  const found = result.segments.find((s) => s.text.startsWith(prefix));
  if (found === undefined) throw new Error(`no segment starts with ${prefix}`);
  return found;
}

describe('sample article', () => {
  it('gives every segment text equal to its slice of the article', () => {
    for (const s of result.segments) expect(article.slice(s.start, s.end)).toBe(s.text);
  });

  it('splits into the expected sentences, kinds, speakers and quote flags', () => {
    const actual = result.segments.map((s) => [s.kind, s.speaker, s.quoted, s.text]);
    expect(actual).toEqual(ALASKA_SEGMENTS);
  });

  it.each(ALASKA_MUST_BE_CLAIMS)('flags as a claim: %s', (prefix) => {
    expect(segmentStarting(prefix).checkworthy).toBe(true);
  });

  it.each(ALASKA_MUST_NOT_BE_CLAIMS)('leaves out: %s', (prefix) => {
    expect(segmentStarting(prefix).checkworthy).toBe(false);
  });

  it('never makes a claim of boilerplate or a caption', () => {
    const furniture = result.segments.filter((s) => s.kind === 'boilerplate' || s.kind === 'caption');
    expect(furniture.length).toBe(4);
    for (const s of furniture) expect(s.checkworthy).toBe(false);
  });

  it('lists claims in article order, all check-worthy, with scores in [0, 1]', () => {
    expect(result.claims.length).toBeGreaterThan(5);
    expect(result.claims.every((c) => c.checkworthy && c.score >= result.threshold && c.score <= 1)).toBe(
      true,
    );
    const starts = result.claims.map((c) => c.start);
    expect([...starts].sort((a, b) => a - b)).toEqual(starts);
  });

  it('types claims from the shared list', () => {
    expect(segmentStarting('Trump will be joined by Steve Witkoff').type).toBe('quantity');
    expect(segmentStarting('Trump left Washington for Anchorage').type).toBe('event');
    expect(segmentStarting('“Our advisors and heads').type).toBe('quantity');
    expect(segmentStarting('“Putin will lure you in').type).toBe('quote_attribution');
  });

  it('finds people, organisations, places and numbers', () => {
    const witkoff = segmentStarting('Trump will be joined by Steve Witkoff');
    expect(witkoff.entities.people).toEqual(
      expect.arrayContaining(['Steve Witkoff', 'Marco Rubio', 'Putin']),
    );
    expect(witkoff.numbers).toEqual([
      expect.objectContaining({ text: 'five times', value: 5, unit: 'times' }),
    ]);
    const landing = segmentStarting('Trump left Washington');
    expect(landing.entities.places).toEqual(['Washington', 'Anchorage', 'Alaska']);
    const time = landing.numbers.find((n) => n.unit === 'time');
    expect(time && article.slice(time.start, time.end)).toBe('7.20pm');
    expect(segmentStarting('“Putin will lure you in').entities.organisations).toEqual(['Telegraph']);
  });
});

describe('extractClaims on any text', () => {
  it('never throws, keeps offsets exact and covers every visible character', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 300 }), (text) => {
        const { segments } = extractClaims(text);
        const covered = new Uint8Array(text.length);
        for (const s of segments) {
          expect(text.slice(s.start, s.end)).toBe(s.text);
          expect(s.score).toBeGreaterThanOrEqual(0);
          expect(s.score).toBeLessThanOrEqual(1);
          covered.fill(1, s.start, s.end);
        }
        for (let i = 0; i < text.length; i++) if (!isSpace(text.charCodeAt(i))) expect(covered[i]).toBe(1);
      }),
      { numRuns: 150, seed: 7 },
    );
  });

  it('handles a long article made of many copies of the sample', () => {
    const long = Array.from({ length: 20 }, () => article).join('\n\n');
    expect(extractClaims(long).segments.length).toBe(result.segments.length * 20);
  });

  it('honours a threshold override', () => {
    expect(extractClaims(article, { threshold: 1.01 }).claims).toEqual([]);
  });
});

describe('scoreSentence', () => {
  it('scores a sentence as given', () => {
    const claim = scoreSentence('Unemployment fell to 3.9 percent in 2019, the lowest rate in 50 years.');
    const chatter = scoreSentence('Thank you very much, everybody.');
    expect(claim.score).toBeGreaterThan(chatter.score);
    expect(claim.checkworthy).toBe(true);
    expect(chatter.checkworthy).toBe(false);
    expect(claim.type).toBe('comparison');
  });
});
