import { containsPattern } from './contains-pattern';

describe('containsPattern', () => {
  it('lower-cases the text and wraps it for "contains"', () => {
    expect(containsPattern('Putin')).toBe('%putin%');
  });

  it("escapes LIKE's own wildcards and the escape character", () => {
    expect(containsPattern('50%_a\\b')).toBe('%50\\%\\_a\\\\b%');
  });

  it('lets any quote mark stand for any other, straight or typographic', () => {
    const straight = containsPattern(`"We've cut`);
    const curly = containsPattern('“We’ve cut');
    expect(straight).toBe('%_we_ve cut%');
    expect(curly).toBe(straight);
    expect(containsPattern('«non» ‘so’')).toBe('%_non_ _so_%');
  });
});
