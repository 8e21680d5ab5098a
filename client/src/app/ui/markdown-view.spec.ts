import { TestBed } from '@angular/core/testing';

import { MarkdownView } from './markdown-view';

describe('MarkdownView', () => {
  it('renders Markdown as elements and script tags as visible text', async () => {
    const fixture = TestBed.createComponent(MarkdownView);
    fixture.componentRef.setInput(
      'source',
      '**Bold** claim <script>window.pwned = 1</script>\n\n- [src](https://example.org)',
    );
    await fixture.whenStable();
    const host = fixture.nativeElement as HTMLElement;

    expect(host.querySelector('strong')?.textContent).toBe('Bold');
    expect(host.querySelector('script')).toBeNull();
    expect(host.textContent).toContain('<script>window.pwned = 1</script>');
    expect(host.querySelector('a')?.getAttribute('href')).toBe('https://example.org');
    expect(host.querySelector('a')?.getAttribute('rel')).toContain('noopener');
  });

  it('adds no stray spaces around links and emphasis', async () => {
    const fixture = TestBed.createComponent(MarkdownView);
    fixture.componentRef.setInput('source', 'See the [briefing](https://example.org). It **did**, mostly.');
    await fixture.whenStable();

    expect((fixture.nativeElement as HTMLElement).textContent?.trim()).toBe(
      'See the briefing. It did, mostly.',
    );
  });
});
