import {
  BEST_RATING,
  isVerdictRating,
  VERDICT_RATINGS,
  VERDICT_SCALE,
  verdictInfo,
  WORST_RATING,
} from './verdicts';

describe('verdict scale', () => {
  it('describes every rating once, in the order of VERDICT_RATINGS', () => {
    const ids = VERDICT_SCALE.map((rating) => rating.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).toEqual([...VERDICT_RATINGS]);
  });

  it('numbers the display order 1, 2, 3 … without gaps', () => {
    expect(VERDICT_SCALE.map((rating) => rating.order)).toEqual(VERDICT_SCALE.map((_, index) => index + 1));
  });

  it('keeps rating values between WORST_RATING and BEST_RATING, or null', () => {
    for (const { ratingValue } of VERDICT_SCALE) {
      if (ratingValue === null) continue;
      expect(Number.isInteger(ratingValue)).toBe(true);
      expect(ratingValue).toBeGreaterThanOrEqual(WORST_RATING);
      expect(ratingValue).toBeLessThanOrEqual(BEST_RATING);
    }
    expect(WORST_RATING).toBeLessThan(BEST_RATING);
  });

  it('runs from true down to false, with the off-axis ratings unrated', () => {
    const values = Object.fromEntries(VERDICT_SCALE.map((rating) => [rating.id, rating.ratingValue]));
    expect(values).toEqual({
      true: 5,
      mostly_true: 4,
      mixed: 3,
      mostly_false: 2,
      false: 1,
      misleading: null,
      unverifiable: null,
    });
    const rated = VERDICT_SCALE.filter((rating) => rating.ratingValue !== null).map(
      (rating) => rating.ratingValue,
    );
    expect(rated).toEqual([...rated].sort((a, b) => (b ?? 0) - (a ?? 0)));
  });

  it('has a one-line description, a label and a colour token for every rating', () => {
    for (const rating of VERDICT_SCALE) {
      expect(rating.label.trim()).not.toBe('');
      expect(rating.description.trim()).not.toBe('');
      expect(rating.description).not.toContain('\n');
      expect(rating.colorToken).toMatch(/^[a-z][a-z-]*$/);
    }
    expect(new Set(VERDICT_SCALE.map((rating) => rating.colorToken)).size).toBe(VERDICT_SCALE.length);
  });

  it('looks ratings up by id', () => {
    expect(verdictInfo('mostly_false')).toMatchObject({ label: 'Mostly false', ratingValue: 2 });
  });

  it('recognises only known rating ids', () => {
    for (const id of VERDICT_RATINGS) expect(isVerdictRating(id)).toBe(true);
    for (const junk of ['True', 'pants_on_fire', '', undefined, 5]) expect(isVerdictRating(junk)).toBe(false);
  });
});
