import { makeClaim } from '../../testing/fixtures';
import { buildSegments, offsetOf } from './highlights';

const text = 'The council spent $5m on roads. Crime fell 10% last year. Nobody knows why.';

describe('buildSegments', () => {
  it('is one plain run when there are no claims', () => {
    expect(buildSegments(text, [])).toEqual([{ start: 0, end: text.length, text, claim: null }]);
  });

  it('cuts the text at claim boundaries and keeps every character once', () => {
    const first = makeClaim({ id: 'c1', start: 0, end: 31 });
    const second = makeClaim({ id: 'c2', start: 32, end: 57 });

    const segments = buildSegments(text, [second, first]);

    expect(segments.map((s) => [s.text, s.claim?.id ?? null])).toEqual([
      ['The council spent $5m on roads.', 'c1'],
      [' ', null],
      ['Crime fell 10% last year.', 'c2'],
      [' Nobody knows why.', null],
    ]);
    expect(segments.map((s) => s.text).join('')).toBe(text);
  });

  it('gives an overlapped run to the innermost claim', () => {
    const outer = makeClaim({ id: 'outer', start: 0, end: 57 });
    const inner = makeClaim({ id: 'inner', start: 32, end: 46 });

    const segments = buildSegments(text, [outer, inner]);

    expect(segments.map((s) => s.claim?.id ?? null)).toEqual(['outer', 'inner', 'outer', null]);
  });

  it('ignores claims whose offsets fall outside the text', () => {
    const broken = makeClaim({ start: 10, end: 10_000 });

    expect(buildSegments(text, [broken])).toHaveLength(1);
  });

  it('keeps markup-looking text as text', () => {
    const hostile = '<script>alert(1)</script> and <img src=x onerror=alert(2)>';
    const segments = buildSegments(hostile, [makeClaim({ start: 0, end: 25 })]);

    expect(segments[0].text).toBe('<script>alert(1)</script>');
  });
});

describe('offsetOf', () => {
  it('maps a position in a run back to the article offset', () => {
    const root = document.createElement('div');
    root.innerHTML = '<span data-start="0">abc</span><mark data-start="3">defg</mark>';
    const markText = root.querySelector('mark')?.firstChild ?? null;

    expect(offsetOf(markText, 2, root)).toBe(5);
    expect(offsetOf(document.createTextNode('x'), 0, root)).toBeNull();
  });
});
