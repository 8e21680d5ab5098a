import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, TestRequest, provideHttpClientTesting } from '@angular/common/http/testing';
import { Component, signal } from '@angular/core';
import { ComponentFixture, TestBed } from '@angular/core/testing';

import { makeArticle } from '../../testing/fixtures';
import { ARTICLE_SEARCH_DEBOUNCE_MS, ARTICLE_SEARCH_LIMIT, ArticlePicker } from './article-picker';

@Component({
  imports: [ArticlePicker],
  template: `<cd-article-picker
    label="Article to export"
    [articleId]="id()"
    (articleIdChange)="changed($event)"
  />`,
})
class PickerHost {
  readonly id = signal('');
  readonly emitted: string[] = [];

  changed(id: string): void {
    this.emitted.push(id);
    this.id.set(id);
  }
}

const ROADS = makeArticle({ id: 'a-1', title: 'Council spends more on roads', outlet: 'The Gazette' });
const CRIME = makeArticle({
  id: 'a-2',
  title: 'Crime report',
  outlet: null,
  importedAt: '2025-03-04T12:00:00.000Z',
});

describe('ArticlePicker', () => {
  let fixture: ComponentFixture<PickerHost>;
  let host: PickerHost;
  let element: HTMLElement;
  let http: HttpTestingController;

  const text = (node: Element | null | undefined): string =>
    node?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
  const field = (): HTMLInputElement => element.querySelector('input')!;
  const options = (): HTMLElement[] => Array.from(document.querySelectorAll<HTMLElement>('mat-option'));
  const optionTexts = (): string[] => options().map(text);
  const status = (): string => text(element.querySelector('[role="status"]'));
  const settle = async (): Promise<void> => {
    fixture.detectChanges();
    await fixture.whenStable();
  };
  const type = (value: string): void => {
    field().value = value;
    field().dispatchEvent(new Event('input'));
    fixture.detectChanges();
  };
  const searchRequest = (): TestRequest => http.expectOne((request) => request.url === '/api/articles');
  const paramsOf = (request: TestRequest): Record<string, string | null> =>
    Object.fromEntries(request.request.params.keys().map((key) => [key, request.request.params.get(key)]));
  /** Focus lists the most recent articles at once. */
  const openWith = async (articles: unknown[]): Promise<void> => {
    field().focus();
    await settle();
    searchRequest().flush({ items: articles, nextCursor: null });
    await settle();
  };

  beforeEach(async () => {
    TestBed.configureTestingModule({ providers: [provideHttpClient(), provideHttpClientTesting()] });
    http = TestBed.inject(HttpTestingController);
    fixture = TestBed.createComponent(PickerHost);
    host = fixture.componentInstance;
    element = fixture.nativeElement as HTMLElement;
    document.body.appendChild(element);
    await settle();
  });

  afterEach(() => {
    http.verify();
    jest.useRealTimers();
    fixture.destroy();
    element.remove();
  });

  it('is a labelled combobox that asks nothing of the server until it is used', () => {
    expect(field().getAttribute('role')).toBe('combobox');
    expect(text(element.querySelector('label'))).toBe('Article to export');
    expect(element.querySelector('label')!.getAttribute('for')).toBe(field().id);
    http.expectNone(() => true);
  });

  it('lists the most recent articles on focus, each with its outlet and import date', async () => {
    field().focus();
    await settle();
    const request = searchRequest();
    expect(paramsOf(request)).toEqual({ limit: String(ARTICLE_SEARCH_LIMIT) });
    expect(optionTexts()).toEqual(['Searching…']);
    request.flush({ items: [ROADS, CRIME], nextCursor: 'more' });
    await settle();

    expect(optionTexts()).toEqual([
      'Council spends more on roads The Gazette · imported Jan 2, 2026',
      'Crime report imported Mar 4, 2025',
    ]);
    expect(field().getAttribute('aria-expanded')).toBe('true');
  });

  it('searches the server by title once typing pauses, with the latest text only', async () => {
    await openWith([ROADS, CRIME]);
    jest.useFakeTimers();
    type('c');
    type('cr');
    type('cri');
    jest.advanceTimersByTime(ARTICLE_SEARCH_DEBOUNCE_MS - 1);
    http.expectNone(() => true);
    // Meanwhile the options already shown are narrowed to the text, never a stale match.
    expect(optionTexts()).toEqual(['Crime report imported Mar 4, 2025']);

    jest.advanceTimersByTime(1);
    const request = searchRequest();
    expect(paramsOf(request)).toEqual({ limit: String(ARTICLE_SEARCH_LIMIT), q: 'cri' });
    request.flush({ items: [CRIME], nextCursor: null });
  });

  it('drops the answer to a search the reader has already typed past', async () => {
    await openWith([ROADS]);
    jest.useFakeTimers();
    type('coun');
    jest.advanceTimersByTime(ARTICLE_SEARCH_DEBOUNCE_MS);
    const stale = searchRequest();
    type('crime');
    jest.advanceTimersByTime(ARTICLE_SEARCH_DEBOUNCE_MS);
    const current = searchRequest();

    expect(stale.cancelled).toBe(true);
    expect(current.request.params.get('q')).toBe('crime');
    current.flush({ items: [CRIME], nextCursor: null });
    jest.useRealTimers();
    await settle();
    expect(optionTexts()).toEqual(['Crime report imported Mar 4, 2025']);
  });

  it('emits the id of the article picked and shows its title', async () => {
    await openWith([ROADS, CRIME]);
    options()[1].click();
    await settle();

    expect(host.emitted).toEqual(['a-2']);
    expect(field().value).toBe('Crime report');
    expect(document.activeElement).toBe(field());
  });

  it('says when no article matches', async () => {
    await openWith([ROADS]);
    jest.useFakeTimers();
    type('zebra');
    jest.advanceTimersByTime(ARTICLE_SEARCH_DEBOUNCE_MS);
    searchRequest().flush({ items: [], nextCursor: null });
    jest.useRealTimers();
    await settle();

    expect(optionTexts()).toEqual(['No article matches']);
    expect(options()[0].getAttribute('aria-disabled')).toBe('true');
    expect(status()).toBe('No article matches “zebra”.');
  });

  it('says so when the search fails, and searches again on the next keystroke', async () => {
    field().focus();
    await settle();
    searchRequest().flush(
      { code: 'INTERNAL', message: 'The database is unavailable' },
      { status: 500, statusText: 'Error' },
    );
    await settle();

    expect(optionTexts()).toEqual(['Search failed: The database is unavailable']);
    expect(status()).toBe('Could not search the articles: The database is unavailable');
    expect(element.querySelector('[role="status"]')!.classList).toContain('error');

    jest.useFakeTimers();
    type('roads');
    jest.advanceTimersByTime(ARTICLE_SEARCH_DEBOUNCE_MS);
    searchRequest().flush({ items: [ROADS], nextCursor: null });
    jest.useRealTimers();
    await settle();
    expect(status()).toBe('');
    expect(optionTexts()).toEqual(['Council spends more on roads The Gazette · imported Jan 2, 2026']);
  });

  it('shows the title of an article chosen by id alone (a deep link), asking the server for it', async () => {
    host.id.set('a-9');
    await settle();
    http.expectOne('/api/articles/a-9').flush(makeArticle({ id: 'a-9', title: 'An article from last year' }));
    await settle();

    expect(field().value).toBe('An article from last year');
    expect(status()).toBe('');
    expect(host.emitted).toEqual([]);
  });

  it.each([
    [404, 'NOT_FOUND', 'a-gone'],
    [400, 'VALIDATION_FAILED', 'not-an-id'],
  ])(
    'shows the field empty with a short message, and no choice, when the linked article is gone (%i)',
    async (httpStatus, code, id) => {
      host.id.set(id);
      await settle();
      http
        .expectOne(`/api/articles/${id}`)
        .flush({ code, message: 'No such article' }, { status: httpStatus, statusText: code });
      await settle();

      expect(field().value).toBe('');
      expect(status()).toBe('That article no longer exists; choose another.');
      expect(host.emitted).toEqual(['']);
    },
  );

  it('keeps the linked choice and says why when its title cannot be fetched', async () => {
    host.id.set('a-9');
    await settle();
    http
      .expectOne('/api/articles/a-9')
      .flush(
        { code: 'INTERNAL', message: 'The database is unavailable' },
        { status: 500, statusText: 'Error' },
      );
    await settle();

    expect(field().value).toBe('');
    expect(status()).toBe('Could not show the chosen article: The database is unavailable');
    expect(host.emitted).toEqual([]);
  });

  it('clears the choice when the text is cleared, and lists the recent articles again', async () => {
    await openWith([ROADS, CRIME]);
    options()[0].click();
    await settle();
    expect(host.emitted).toEqual(['a-1']);

    jest.useFakeTimers();
    type('');
    expect(host.emitted).toEqual(['a-1', '']);
    jest.advanceTimersByTime(ARTICLE_SEARCH_DEBOUNCE_MS);
    expect(paramsOf(searchRequest())).toEqual({ limit: String(ARTICLE_SEARCH_LIMIT) });
  });

  it('clears the choice with the clear button and keeps focus in the field', async () => {
    await openWith([ROADS]);
    options()[0].click();
    await settle();
    element.querySelector<HTMLButtonElement>('button[aria-label="Clear the chosen article"]')!.click();
    await settle();

    expect(host.emitted).toEqual(['a-1', '']);
    expect(field().value).toBe('');
    expect(document.activeElement).toBe(field());
    expect(element.querySelector('button[aria-label="Clear the chosen article"]')).toBeNull();
    searchRequest().flush({ items: [ROADS], nextCursor: null });
  });

  it('keeps the choice when the list closes without a pick (Escape), showing its title again', async () => {
    await openWith([ROADS, CRIME]);
    options()[0].click();
    await settle();
    jest.useFakeTimers();
    type('crim');
    field().dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', keyCode: 27, bubbles: true }));
    jest.useRealTimers();
    await settle();

    expect(field().value).toBe('Council spends more on roads');
    expect(host.emitted).toEqual(['a-1']);
    expect(field().getAttribute('aria-expanded')).toBe('false');
  });
});
