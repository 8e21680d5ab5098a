import { parseInline, parseMarkdown } from './markdown';

describe('parseMarkdown', () => {
  it('reads paragraphs, lists, headings and quotes', () => {
    const blocks = parseMarkdown(
      '# Why\n\nFirst line\nsame paragraph\n\n- one\n- two\n\n1. a\n2. b\n\n> quoted',
    );

    expect(blocks.map((block) => block.kind)).toEqual(['heading', 'paragraph', 'list', 'list', 'quote']);
  });

  it('reads bold, italics, code and http links', () => {
    expect(parseInline('**B** *i* `c` [site](https://example.org)')).toEqual([
      { kind: 'strong', text: 'B' },
      { kind: 'text', text: ' ' },
      { kind: 'em', text: 'i' },
      { kind: 'text', text: ' ' },
      { kind: 'code', text: 'c' },
      { kind: 'text', text: ' ' },
      { kind: 'link', text: 'site', href: 'https://example.org' },
    ]);
  });

  it('leaves a javascript: link and raw HTML as plain text', () => {
    expect(parseInline('[x](javascript:alert(1)) <img src=x onerror=alert(1)>')).toEqual([
      { kind: 'text', text: '[x](javascript:alert(1)' },
      { kind: 'text', text: ') <img src=x onerror=alert(1)>' },
    ]);
  });
});
