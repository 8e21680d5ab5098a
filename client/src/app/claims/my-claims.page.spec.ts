import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import type { MyClaimsDto } from '@claimdesk/shared';

import { makeClaim } from '../../testing/fixtures';
import { MyClaimsPage } from './my-claims.page';
import { MY_CLAIMS_PAGE, MY_CLAIMS_URL } from './my-claims.store';

const COUNTS = { detected: 0, in_research: 2, in_review: 1, changes_requested: 0, approved: 0, dismissed: 0 };

describe('MyClaimsPage', () => {
  let fixture: ComponentFixture<MyClaimsPage>;
  let host: HTMLElement;
  let http: HttpTestingController;

  const answer = async (cursor: string | null, page: MyClaimsDto) => {
    const request = http.expectOne((req) => req.url === MY_CLAIMS_URL);
    expect(request.request.params.get('limit')).toBe(String(MY_CLAIMS_PAGE));
    expect(request.request.params.get('cursor')).toBe(cursor);
    request.flush(page);
    await fixture.whenStable();
  };
  const moreButton = () =>
    Array.from(host.querySelectorAll('button')).find((button) => button.textContent?.includes('Show more'));

  beforeEach(async () => {
    TestBed.configureTestingModule({
      providers: [provideRouter([]), provideHttpClient(), provideHttpClientTesting()],
    });
    fixture = TestBed.createComponent(MyClaimsPage);
    host = fixture.nativeElement as HTMLElement;
    http = TestBed.inject(HttpTestingController);
    await answer(null, {
      items: [
        makeClaim({ id: 'c1', state: 'in_research' }),
        makeClaim({ id: 'c2', state: 'in_review', checkedText: 'Reworded', articleId: 'a-2' }),
      ],
      counts: COUNTS,
      articleTitles: { 'a-1': 'Council spends more on roads', 'a-2': 'Summit ends without a deal' },
      nextCursor: 'page-2',
    });
  });

  afterEach(() => http.verify());

  it('groups my claims by state in workflow order, with the count of everything assigned', () => {
    const headings = Array.from(host.querySelectorAll('h2')).map((h) =>
      h.textContent?.replace(/\s+/g, ' ').trim(),
    );

    expect(headings).toEqual(['In research (2)', 'In review (1)']);
    expect(host.querySelector('[role="status"]')?.textContent).toContain('Showing 2 of 3 claims');
  });

  it('links each claim to its place in the article, named by the title the server sent', () => {
    const links = host.querySelectorAll<HTMLAnchorElement>('section a');

    expect(links[0]?.getAttribute('href')).toBe('/articles/a-1?claim=c1');
    expect(host.textContent).toContain('Reworded');
    expect(host.textContent).toContain('Council spends more on roads');
    expect(host.textContent).toContain('Summit ends without a deal');
  });

  /** The second and last page: one more claim, on another article. */
  const lastPage = () => ({
    items: [makeClaim({ id: 'c3', state: 'in_research', articleId: 'a-3', text: 'Third claim' })],
    counts: COUNTS,
    articleTitles: { 'a-3': 'Oil price falls' },
    nextCursor: null,
  });

  it('shows more claims from the next page until there are none left', async () => {
    moreButton()?.click();
    await answer('page-2', lastPage());

    const research = host.querySelector('section[aria-labelledby="group-in_research"]');
    expect(research?.querySelectorAll('li')).toHaveLength(2);
    expect(research?.textContent).toContain('Oil price falls');
    expect(host.textContent).toContain('Council spends more on roads');
    expect(host.querySelector('[role="status"]')?.textContent).toContain('Showing 3 of 3 claims');
    expect(moreButton()).toBeUndefined();
  });

  it('moves focus to the first claim the next page added', async () => {
    document.body.appendChild(host);
    moreButton()?.click();
    await answer('page-2', lastPage());
    await fixture.whenStable();

    expect(document.activeElement?.textContent).toContain('Third claim');
    host.remove();
  });

  it('says the list may miss claims when they changed between pages, and reloads it on request', async () => {
    moreButton()?.click();
    await answer('page-2', {
      items: [makeClaim({ id: 'c3', state: 'in_research' })],
      // Someone sent one of my claims for review meanwhile.
      counts: { ...COUNTS, in_research: 1, in_review: 2 },
      articleTitles: {},
      nextCursor: null,
    });
    expect(host.textContent).toContain('Your claims changed while this list was being read');

    Array.from(host.querySelectorAll('button'))
      .find((button) => button.textContent?.includes('Reload the list'))
      ?.click();
    await answer(null, {
      items: [makeClaim({ id: 'c1', state: 'in_review' })],
      counts: { ...COUNTS, in_research: 0, in_review: 1 },
      articleTitles: {},
      nextCursor: null,
    });
    expect(host.textContent).not.toContain('Your claims changed');
  });

  it('keeps what is shown when the next page fails, and says why', async () => {
    moreButton()?.click();
    http
      .expectOne((req) => req.url === MY_CLAIMS_URL)
      .flush(
        { code: 'VALIDATION_FAILED', message: 'cursor: not a cursor from this list' },
        {
          status: 400,
          statusText: 'Bad Request',
        },
      );
    await fixture.whenStable();

    expect(host.querySelector('[role="alert"]')?.textContent).toContain('not a cursor');
    expect(host.querySelectorAll('section li')).toHaveLength(2);
    expect(moreButton()).toBeDefined();
  });
});
