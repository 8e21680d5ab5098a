import { parseHtmlArticle } from './html-article';
import { decodeUtf8Text } from './article-text';

describe('parseHtmlArticle', () => {
  it('keeps paragraphs apart and drops scripts, styles and event-handler markup', () => {
    const parsed = parseHtmlArticle(
      '<html><head><title>T</title><style>p{}</style></head><body><main><p>One <b>bold</b>\n  claim.</p>' +
        '<script>alert(1)</script><p>Two &amp; three.</p><img src=x onerror="alert(2)"></main></body></html>',
    );
    expect(parsed.text).toBe('One bold claim.\n\nTwo & three.');
    expect(parsed.title).toBe('T');
  });

  it('returns empty text for a page with nothing but script', () => {
    expect(parseHtmlArticle('<script>document.write("x")</script>').text).toBe('');
  });
});

describe('decodeUtf8Text', () => {
  it('keeps valid UTF-8 exactly, and refuses invalid bytes and binary', () => {
    expect(decodeUtf8Text(Buffer.from('Zürich\r\n🚲\t'))).toBe('Zürich\r\n🚲\t');
    expect(() => decodeUtf8Text(Buffer.from([0x43, 0x61, 0x66, 0xe9]))).toThrow(/not UTF-8/);
    expect(() => decodeUtf8Text(Buffer.from([0x41, 0x00, 0x42]))).toThrow(/binary/);
  });
});
