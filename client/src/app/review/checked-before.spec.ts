import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';

import { makeClaim } from '../../testing/fixtures';
import { CheckedBefore } from './checked-before';

describe('CheckedBefore', () => {
  async function render(similar: unknown[]): Promise<HTMLElement> {
    TestBed.configureTestingModule({ providers: [provideRouter([])] });
    const fixture = TestBed.createComponent(CheckedBefore);
    fixture.componentRef.setInput('similar', similar);
    await fixture.whenStable();
    return fixture.nativeElement as HTMLElement;
  }

  it('lists each earlier fact-check with its rating, article, date and likeness, linked to its article', async () => {
    const host = await render([
      {
        claim: makeClaim({ id: 'old', articleId: 'a-0', checkedText: 'Unemployment fell to 3.1% in June' }),
        articleTitle: 'March jobs report',
        rating: 'mostly_false',
        approvedAt: '2026-03-02T10:00:00.000Z',
        similarity: 0.734,
      },
    ]);

    const link = host.querySelector('a');
    expect(link?.textContent).toBe('Unemployment fell to 3.1% in June');
    expect(link?.getAttribute('href')).toBe('/articles/a-0?claim=old');
    const item = host.querySelector('li')?.textContent?.replace(/\s+/g, ' ');
    expect(item).toContain('Mostly false');
    expect(item).toContain('March jobs report · approved Mar 2, 2026 · 73% alike');
  });

  it('says so when nothing earlier reads alike', async () => {
    const host = await render([]);
    expect(host.textContent).toContain('No earlier fact-check reads like this claim.');
  });
});
