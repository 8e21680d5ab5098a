import { median, weekStartOf } from './dashboard.service';

describe('dashboard arithmetic', () => {
  it('median takes the middle value, or the mean of the two middle ones', () => {
    expect(median([])).toBeNull();
    expect(median([5])).toBe(5);
    expect(median([9, 1, 4])).toBe(4);
    expect(median([1, 2, 3, 10])).toBe(2.5);
  });

  it('weekStartOf is the Monday 00:00 UTC of the week', () => {
    expect(weekStartOf(new Date('2026-11-04T15:00:00Z')).toISOString()).toBe('2026-11-02T00:00:00.000Z');
    expect(weekStartOf(new Date('2026-11-08T23:59:59Z')).toISOString()).toBe('2026-11-02T00:00:00.000Z');
    expect(weekStartOf(new Date('2026-11-02T00:00:00Z')).toISOString()).toBe('2026-11-02T00:00:00.000Z');
  });
});
