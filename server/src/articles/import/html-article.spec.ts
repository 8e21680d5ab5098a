import { MAX_TAG_DEPTH, parseHtmlArticle, storableText } from './html-article';
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

  const nested = (depth: number) =>
    `<html><body>${'<div>'.repeat(depth)}<p>Fares rise 8% in April, the authority said.</p>${'</div>'.repeat(depth)}</body></html>`;

  it('reads a page nested thousands deep without overflowing the stack or stalling in readability', () => {
    // Before: 1,000 levels took 7 s in readability, 20,000 overflowed the stack (a 500).
    expect(parseHtmlArticle(nested(MAX_TAG_DEPTH - 2)).text).toBe(
      'Fares rise 8% in April, the authority said.',
    );
  });

  it('refuses a page nested deeper than any article before parsing it', () => {
    expect(() => parseHtmlArticle(nested(MAX_TAG_DEPTH + 1))).toThrow(/more than 5000 elements deep/);
    // Stray end tags close nothing, and an ordinary element's "/>" still opens it: neither gets a page past.
    const strayFirst = `${'</i>'.repeat(MAX_TAG_DEPTH * 2)}${'<div>'.repeat(MAX_TAG_DEPTH + 1)}<p>x</p>`;
    expect(() => parseHtmlArticle(strayFirst)).toThrow(/elements deep/);
    expect(() => parseHtmlArticle(`<body>${'<div/>'.repeat(MAX_TAG_DEPTH + 1)}x</body>`)).toThrow(
      /elements deep/,
    );
    // Tags inside scripts and comments are text, not nesting.
    const inScript = `<html><body><script>${'<div>'.repeat(MAX_TAG_DEPTH + 10)}</script><p>Fares rise.</p></body></html>`;
    expect(parseHtmlArticle(inScript).text).toBe('Fares rise.');
    const inComment = `<html><body><!--${'<div>'.repeat(MAX_TAG_DEPTH + 10)}--><p>Fares rise.</p></body></html>`;
    expect(parseHtmlArticle(inComment).text).toBe('Fares rise.');
    // Unclosed paragraphs and void elements do not count as nesting.
    const loose = `<html><body>${'<p>Line<br>'.repeat(MAX_TAG_DEPTH + 10)}</body></html>`;
    expect(parseHtmlArticle(loose).text).toContain('Line');
  });

  it('drops U+0000 and turns lone surrogates into U+FFFD, in the text and the title', () => {
    const parsed = parseHtmlArticle(
      '<html><head><title>Ti\u0000tle &#xD800;</title></head><body><p>Fa\u0000res &#xDC00;rise.</p></body></html>',
    );
    expect(parsed.text).toBe('Fares \uFFFDrise.');
    expect(parsed.title).toBe('Title \uFFFD');
    expect(storableText('ok 👍')).toBe('ok 👍');
  });
});

describe('decodeUtf8Text', () => {
  it('keeps valid UTF-8 exactly, and refuses invalid bytes and binary', () => {
    expect(decodeUtf8Text(Buffer.from('Zürich\r\n🚲\t'))).toBe('Zürich\r\n🚲\t');
    expect(() => decodeUtf8Text(Buffer.from([0x43, 0x61, 0x66, 0xe9]))).toThrow(/not UTF-8/);
    expect(() => decodeUtf8Text(Buffer.from([0x41, 0x00, 0x42]))).toThrow(/binary/);
  });
});
