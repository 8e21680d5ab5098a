import { normaliseSourceUrl } from './source-url';

describe('normaliseSourceUrl', () => {
  it.each([
    ['HTTPS://Example.COM:443/Path?a=1#frag', 'https://example.com/Path?a=1'],
    ['http://example.com:80', 'http://example.com/'],
    ['http://example.com:8080/x', 'http://example.com:8080/x'],
    ['https://example.com/a?utm_source=x&id=7&UTM_Medium=y', 'https://example.com/a?id=7'],
    ['https://example.com/a?utm_campaign=z', 'https://example.com/a'],
    ['  https://example.com/a  ', 'https://example.com/a'],
  ])('%s → %s', (input, expected) => {
    expect(normaliseSourceUrl(input)).toBe(expected);
  });

  it.each([
    'javascript:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'ftp://example.com/file',
    'file:///etc/passwd',
    'mailto:someone@example.com',
    '//example.com/relative',
    '/relative/path',
    'not a url',
    'https://user:secret@example.com/',
    `https://example.com/${'a'.repeat(2100)}`,
  ])('refuses %s', (input) => {
    expect(normaliseSourceUrl(input)).toBeNull();
  });
});
