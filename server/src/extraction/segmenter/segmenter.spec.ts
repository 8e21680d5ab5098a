import fc from 'fast-check';
import { SEGMENTATION_CASES } from '../fixtures/segmentation-cases';
import { isSpace, segment } from './index';

function sentencesOf(text: string): string[] {
  return segment(text).sentences.map((s) => text.slice(s.start, s.end));
}

describe('segmentation fixtures', () => {
  it('has at least 150 hand-checked cases', () => {
    expect(SEGMENTATION_CASES.length).toBeGreaterThanOrEqual(150);
  });

  it.each(SEGMENTATION_CASES.map((c) => [c.group, c.text, c.sentences] as const))(
    '%s: %j',
    (_group, text, expected) => {
      expect(sentencesOf(text)).toEqual(expected);
    },
  );
});

describe('paragraphs', () => {
  it('splits on line breaks and keeps wrapped sentences together', () => {
    const text = 'Headline\nFirst para ends.\nThis sentence\nwraps here.\n\nLast.';
    expect(segment(text).paragraphs.map((p) => text.slice(p.start, p.end))).toEqual([
      'Headline',
      'First para ends.',
      'This sentence\nwraps here.',
      'Last.',
    ]);
  });

  it('numbers sentences by paragraph', () => {
    const { sentences } = segment('One. Two.\r\nThree.');
    expect(sentences.map((s) => s.paragraph)).toEqual([0, 0, 1]);
  });
});

/** Random text biased towards the characters that matter to a segmenter. */
const articleLike = fc
  .array(
    fc.oneof(
      fc.constantFrom(
        '.',
        '!',
        '?',
        '…',
        '“',
        '”',
        '"',
        "'",
        '’',
        ' ',
        '\n',
        '\r\n',
        '\u00a0',
        '\u200b',
        'Mr',
        'U.S.',
        '3.5',
        'e.g.',
        '- ',
        '1. ',
        'http://a.b/c.d',
        'a@b.co',
        'The',
        'he',
        '\u2028',
      ),
      fc.string({ unit: 'grapheme', maxLength: 6 }),
      fc.string({ unit: 'binary', maxLength: 4 }),
    ),
    { maxLength: 60 },
  )
  .map((parts) => parts.join(''));

describe('segmentation properties', () => {
  it('never throws and returns ordered, non-overlapping, trimmed segments covering every visible character', () => {
    fc.assert(
      fc.property(articleLike, (text) => {
        const { sentences } = segment(text);
        let previousEnd = 0;
        const covered = new Uint8Array(text.length);
        for (const s of sentences) {
          expect(s.start).toBeGreaterThanOrEqual(previousEnd);
          expect(s.end).toBeGreaterThan(s.start);
          expect(s.end).toBeLessThanOrEqual(text.length);
          expect(isSpace(text.charCodeAt(s.start))).toBe(false);
          expect(isSpace(text.charCodeAt(s.end - 1))).toBe(false);
          covered.fill(1, s.start, s.end);
          previousEnd = s.end;
        }
        for (let i = 0; i < text.length; i++) {
          if (!isSpace(text.charCodeAt(i))) expect(covered[i]).toBe(1);
        }
      }),
      { numRuns: 300, seed: 42 },
    );
  });

  it('stays linear on pathological input (long runs of dots, abbreviations and one endless sentence)', () => {
    const inputs = [
      '.'.repeat(100_000),
      'Mr. '.repeat(25_000),
      'a'.repeat(100_000),
      '“'.repeat(50_000),
      'A. '.repeat(30_000),
      'a.'.repeat(50_000),
      'x@'.repeat(50_000),
    ];
    for (const text of inputs) {
      const { sentences } = segment(text);
      const valid = sentences.every(
        (s, i) => s.start < s.end && s.end <= text.length && (i === 0 || sentences[i - 1].end <= s.start),
      );
      expect(valid).toBe(true);
    }
  });
});
