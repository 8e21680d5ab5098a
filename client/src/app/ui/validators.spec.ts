import { isHttpUrl } from './validators';

describe('isHttpUrl', () => {
  it.each([
    ['https://example.org/report', true],
    ['http://stats.gov/x?y=1', true],
    ['javascript:alert(1)', false],
    ['JAVASCRIPT:alert(1)', false],
    ['data:text/html,<script>', false],
    ['ftp://example.org', false],
    ['/relative/path', false],
    ['not a url', false],
  ])('%s → %s', (value, expected) => {
    expect(isHttpUrl(value)).toBe(expected);
  });
});
