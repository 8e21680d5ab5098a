import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, TestRequest, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';

import { makeArticle, makeUser } from '../../testing/fixtures';
import { ExportPage } from './export.page';

/** An article imported long ago: among the first 100 no more, but still one to export. */
const OLD = makeArticle({ id: 'a-old', title: 'Budget speech, checked last year' });
const RECENT = makeArticle({ id: 'a-new', title: 'Council spends more on roads' });

describe('ExportPage', () => {
  let harness: RouterTestingHarness;
  let http: HttpTestingController;
  let page: HTMLElement;

  const text = (node: Element | null | undefined): string =>
    node?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
  const picker = (): HTMLInputElement => page.querySelector<HTMLInputElement>('cd-article-picker input')!;
  const links = (): string[] => Array.from(page.querySelectorAll('.downloads a')).map(text);
  const csvHref = (): string | null =>
    Array.from(page.querySelectorAll('.downloads a'))
      .find((link) => text(link) === 'CSV')
      ?.getAttribute('href') ?? null;
  const settle = async (): Promise<void> => {
    await harness.fixture.whenStable();
    harness.detectChanges();
  };
  const searchRequest = (): TestRequest => http.expectOne((request) => request.url === '/api/articles');

  beforeEach(async () => {
    TestBed.configureTestingModule({
      providers: [
        provideRouter([{ path: 'export', component: ExportPage }]),
        provideHttpClient(),
        provideHttpClientTesting(),
      ],
    });
    http = TestBed.inject(HttpTestingController);
    harness = await RouterTestingHarness.create();
  });

  afterEach(() => {
    http.verify();
    page?.remove();
  });

  async function visit(url: string): Promise<void> {
    await harness.navigateByUrl(url, ExportPage);
    page = harness.routeNativeElement as HTMLElement;
    document.body.appendChild(page);
    http.expectOne('/api/users').flush([makeUser()]);
    await settle();
  }

  it('labels the article field, lists no articles up front and offers nothing to download yet', async () => {
    await visit('/export');

    expect(text(page.querySelector('cd-article-picker mat-label'))).toBe('Article to export');
    expect(picker().value).toBe('');
    expect(links()).toEqual([]);
    expect(text(page.querySelector('h1 ~ p'))).toBe('Choose an article to export its report.');
  });

  it('exports an article found by typing part of its title, however old', async () => {
    await visit('/export');
    picker().focus();
    await settle();
    searchRequest().flush({ items: [RECENT], nextCursor: 'more' });
    picker().value = 'budget';
    picker().dispatchEvent(new Event('input'));
    await new Promise((resolve) => setTimeout(resolve, 300));
    const search = searchRequest();
    expect(search.request.params.get('q')).toBe('budget');
    search.flush({ items: [OLD], nextCursor: null });
    await settle();

    const option = Array.from(document.querySelectorAll<HTMLElement>('mat-option')).find((candidate) =>
      text(candidate).startsWith(OLD.title),
    );
    option!.click();
    await settle();

    expect(picker().value).toBe(OLD.title);
    expect(links()).toEqual(['CSV', 'ClaimReview JSON-LD', 'Markdown report', 'HTML report', 'PDF report']);
    expect(csvHref()).toBe('/api/exports/claims.csv?article=a-old');
  });

  it('shows the title of the article a link names (?article=), with its downloads', async () => {
    await visit('/export?article=a-old');
    http.expectOne('/api/articles/a-old').flush(OLD);
    await settle();

    expect(picker().value).toBe(OLD.title);
    expect(csvHref()).toBe('/api/exports/claims.csv?article=a-old');
  });

  it('says when the linked article is gone and offers no downloads for it', async () => {
    await visit('/export?article=a-gone');
    http
      .expectOne('/api/articles/a-gone')
      .flush({ code: 'NOT_FOUND', message: 'Article not found' }, { status: 404, statusText: 'Not Found' });
    await settle();

    expect(picker().value).toBe('');
    expect(text(page.querySelector('cd-article-picker [role="status"]'))).toBe(
      'That article no longer exists; choose another.',
    );
    expect(links()).toEqual([]);
  });

  describe('claims across articles, by approval date', () => {
    const field = (name: string): HTMLInputElement =>
      Array.from(page.querySelectorAll('label'))
        .find((label) => text(label).startsWith(name))!
        .querySelector('input')!;
    const button = (name: string): HTMLButtonElement =>
      Array.from(page.querySelectorAll('button')).find((candidate) => text(candidate) === name)!;
    const pick = async (name: string, date: string): Promise<void> => {
      field(name).value = date;
      field(name).dispatchEvent(new Event('change'));
      await settle();
    };

    beforeEach(async () => {
      await visit('/export');
      page.querySelector<HTMLInputElement>('input[value="filter"]')!.click();
      await settle();
    });

    it('says at "Approved to" that the range ends before it starts, before asking the server', async () => {
      await pick('Approved from', '2026-12-31');
      await pick('Approved to', '2026-01-01');

      const approvedTo = field('Approved to');
      expect(approvedTo.getAttribute('aria-invalid')).toBe('true');
      const problem = page.querySelector(`#${approvedTo.getAttribute('aria-describedby')}`);
      expect(text(problem)).toBe('Choose a date on or after “Approved from”.');
      expect(problem?.getAttribute('aria-live')).toBe('polite');
      // afterEach verifies that nothing was asked of the server.
    });

    it('turns the downloads into buttons that say why they do nothing and lead to the field', async () => {
      await pick('Approved from', '2026-12-31');
      await pick('Approved to', '2026-01-01');

      expect(links()).toEqual([]);
      const csv = button('CSV');
      expect(csv.getAttribute('aria-disabled')).toBe('true');
      const why = page.querySelector(`#${csv.getAttribute('aria-describedby')}`);
      expect(text(why)).toContain('“Approved to” is before “Approved from”');
      expect(button('Preview').getAttribute('aria-describedby')).toBe(csv.getAttribute('aria-describedby'));

      csv.click();
      expect(document.activeElement).toBe(field('Approved to'));
      field('Approved to').blur();
      button('Preview').click();
      await settle();
      expect(document.activeElement).toBe(field('Approved to'));
      expect(page.querySelector('#preview-heading')).toBeNull();
    });

    it('offers the downloads again once the range is mended', async () => {
      await pick('Approved from', '2026-12-31');
      await pick('Approved to', '2026-01-01');
      await pick('Approved to', '2026-12-31');

      expect(field('Approved to').hasAttribute('aria-invalid')).toBe(false);
      expect(csvHref()).toBe('/api/exports/claims.csv?from=2026-12-31&to=2026-12-31');
      expect(button('Preview').hasAttribute('aria-disabled')).toBe(false);
    });

    it("shows the server's own words when it refuses the preview", async () => {
      await pick('Approved from', '2026-03-01');
      button('Preview').click();
      http
        .expectOne('/api/exports/claims.csv?from=2026-03-01')
        .flush(JSON.stringify({ code: 'VALIDATION_FAILED', message: 'from is not a date we know' }), {
          status: 400,
          statusText: 'Bad Request',
        });
      await new Promise((resolve) => setTimeout(resolve));
      await settle();

      expect(text(page.querySelector('[role="alert"]'))).toBe('from is not a date we know');
    });
  });
});
