import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting, TestRequest } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { Router, provideRouter, withComponentInputBinding } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import type { ClaimSearchPage as ClaimSearchAnswer } from '@claimdesk/shared';

import { makeClaim } from '../../testing/fixtures';
import { ClaimSearchPage } from './claim-search.page';
import { CLAIM_SEARCH_PAGE, CLAIM_SEARCH_URL } from './claim-search.store';

describe('ClaimSearchPage', () => {
  let harness: RouterTestingHarness;
  let http: HttpTestingController;
  let page: HTMLElement;

  beforeEach(async () => {
    TestBed.configureTestingModule({
      providers: [
        provideRouter([{ path: 'claims', component: ClaimSearchPage }], withComponentInputBinding()),
        provideHttpClient(),
        provideHttpClientTesting(),
      ],
    });
    http = TestBed.inject(HttpTestingController);
    harness = await RouterTestingHarness.create();
  });

  afterEach(() => http.verify());

  async function visit(url: string): Promise<void> {
    await harness.navigateByUrl(url, ClaimSearchPage);
    page = harness.routeNativeElement as HTMLElement;
  }

  function searchRequest(): TestRequest {
    return http.expectOne((req) => req.url === CLAIM_SEARCH_URL);
  }

  async function answer(request: TestRequest, body: ClaimSearchAnswer): Promise<void> {
    request.flush(body);
    await settle();
  }

  /** Lets the answer's promise continue, then renders. */
  async function settle(): Promise<void> {
    await harness.fixture.whenStable();
    harness.detectChanges();
  }

  function field(label: string): HTMLInputElement | HTMLSelectElement {
    const found = Array.from(page.querySelectorAll('mat-form-field')).find(
      (f) => f.querySelector('mat-label')?.textContent?.trim() === label,
    );
    const control = found?.querySelector<HTMLInputElement | HTMLSelectElement>('input, select');
    if (!control) throw new Error(`no ${label} field`);
    return control;
  }

  it('runs the search the address names, and lists each claim with its article', async () => {
    await visit('/claims?q=Putin&state=in_review&sort=score');
    const request = searchRequest();
    expect(request.request.params.get('q')).toBe('Putin');
    expect(request.request.params.get('state')).toBe('in_review');
    expect(request.request.params.get('sort')).toBe('score');
    expect(request.request.params.get('limit')).toBe(String(CLAIM_SEARCH_PAGE));
    expect(request.request.params.has('type')).toBe(false);
    await answer(request, {
      items: [
        makeClaim({
          id: 'c1',
          articleId: 'a-9',
          text: 'Putin said the war began in 2014.',
          speaker: 'Putin',
        }),
      ],
      nextCursor: null,
      articleTitles: { 'a-9': 'Alaska summit live' },
    });

    expect(field('Text in the claim').value).toBe('Putin');
    expect(field('State').value).toBe('in_review');
    const link = page.querySelector<HTMLAnchorElement>('ul[aria-label="Matching claims"] a');
    expect(link?.textContent).toContain('Putin said the war began in 2014.');
    expect(link?.getAttribute('href')).toBe('/articles/a-9?claim=c1');
    expect(page.querySelector('li')?.textContent).toContain('Alaska summit live');
    expect(page.querySelector('[role="status"]')?.textContent).toContain('1 claim found.');
  });

  it('puts a submitted search in the address, which runs it', async () => {
    await visit('/claims');
    await answer(searchRequest(), { items: [], nextCursor: null, articleTitles: {} });
    expect(page.querySelector('[role="status"]')?.textContent).toContain('No claims match.');

    const words = field('Text in the claim');
    words.value = '  unemployment ';
    words.dispatchEvent(new Event('input'));
    const type = field('Type') as HTMLSelectElement;
    type.value = 'quantity';
    type.dispatchEvent(new Event('change'));
    page.querySelector('form')?.dispatchEvent(new Event('submit'));
    await harness.fixture.whenStable();

    expect(TestBed.inject(Router).url).toBe('/claims?q=unemployment&type=quantity');
    const request = searchRequest();
    expect(request.request.params.get('q')).toBe('unemployment');
    expect(request.request.params.get('type')).toBe('quantity');
    await answer(request, { items: [], nextCursor: null, articleTitles: {} });
  });

  it('ignores a state or type in the address that does not exist', async () => {
    await visit('/claims?state=finished&type=rumour');
    const request = searchRequest();
    expect(request.request.params.has('state')).toBe(false);
    expect(request.request.params.has('type')).toBe(false);
    await answer(request, { items: [], nextCursor: null, articleTitles: {} });
  });

  it('shows more results from the next page, moving focus to the first of them', async () => {
    await visit('/claims?q=rates');
    await answer(searchRequest(), {
      items: [makeClaim({ id: 'c1', text: 'First rates claim' })],
      nextCursor: 'next-page',
      articleTitles: { 'a-1': 'Council spends more on roads' },
    });
    expect(page.querySelector('[role="status"]')?.textContent).toContain('Showing the first 1 claim');

    document.body.appendChild(harness.fixture.nativeElement as HTMLElement);
    const more = Array.from(page.querySelectorAll('button')).find((b) =>
      b.textContent?.includes('Show more'),
    );
    more?.click();
    const request = searchRequest();
    expect(request.request.params.get('cursor')).toBe('next-page');
    expect(request.request.params.get('q')).toBe('rates');
    await answer(request, {
      items: [makeClaim({ id: 'c2', articleId: 'a-2', text: 'Second rates claim' })],
      nextCursor: null,
      articleTitles: { 'a-2': 'Rates rise again' },
    });

    const items = Array.from(page.querySelectorAll('li')).map((li) => li.textContent ?? '');
    expect(items).toHaveLength(2);
    expect(items[0]).toContain('Council spends more on roads');
    expect(items[1]).toContain('Rates rise again');
    expect(page.querySelector('[role="status"]')?.textContent).toContain('2 claims found.');
    await settle();
    expect(document.activeElement?.textContent).toContain('Second rates claim');
    (harness.fixture.nativeElement as HTMLElement).remove();
  });

  it('says what went wrong when the server refuses', async () => {
    await visit('/claims?q=x');
    searchRequest().flush(
      { code: 'VALIDATION_FAILED', message: 'q: must be at most 500 characters' },
      { status: 400, statusText: 'Bad Request' },
    );
    await settle();

    expect(page.querySelector('[role="alert"]')?.textContent).toContain('q: must be at most 500 characters');
  });
});
