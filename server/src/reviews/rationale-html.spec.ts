import { renderRationale } from './rationale-html';

/** Every tag in the output: only formatting tags, and on links only href/rel/title. */
function tagsOf(html: string): string[] {
  return html.match(/<[^>]*>/g) ?? [];
}

const SAFE_TAG =
  /^<\/?(p|br|hr|strong|em|del|s|code|pre|blockquote|ul|ol|li|h[1-6]|table|thead|tbody|tr|th|td|a)( (href|rel|title|start)="[^"<>]*")*\s*\/?>$/;

describe('renderRationale', () => {
  it('renders Markdown formatting and safe links', () => {
    const html = renderRationale(
      '**Mostly** right, see [the report](https://stats.example/report).\n\n- one\n- two',
    );
    expect(html).toContain('<strong>Mostly</strong>');
    expect(html).toContain('<li>one</li>');
    expect(html).toContain('href="https://stats.example/report"');
    expect(html).toContain('rel="noopener noreferrer nofollow"');
  });

  it.each([
    '<script>alert(1)</script>',
    '<img src=x onerror=alert(1)>',
    '[click](javascript:alert(1))',
    '[click](JaVaScRiPt:alert(1))',
    '<a href="data:text/html,x">x</a>',
    '[x](data:text/html;base64,PHNjcmlwdD4=)',
    '<p style="position:fixed" onclick="x()">hi</p>',
    '<iframe src="https://evil.example"></iframe>',
    '<svg><script>alert(1)</script></svg>',
    '![tracker](https://evil.example/pixel.gif)',
    '[x](https://ok.example/" onmouseover="alert(1))',
  ])('keeps only safe markup for %s', (input) => {
    const html = renderRationale(input);
    for (const tag of tagsOf(html)) expect(tag).toMatch(SAFE_TAG);
    expect(html).not.toMatch(/href="\s*(javascript|data|vbscript):/i);
  });
});
