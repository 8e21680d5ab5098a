import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, TestRequest, provideHttpClientTesting } from '@angular/common/http/testing';
import { ComponentFixture, TestBed } from '@angular/core/testing';

import { makeArticle, makeClaim, makeUser } from '../../testing/fixtures';
import { ARTICLE_SEARCH_DEBOUNCE_MS } from '../ui/article-picker';
import { BulkClaims } from './bulk-claims';

const OLD = makeArticle({ id: 'a-old', title: 'Budget speech, checked last year' });

describe('BulkClaims', () => {
  let fixture: ComponentFixture<BulkClaims>;
  let host: HTMLElement;
  let http: HttpTestingController;

  const text = (node: Element | null | undefined): string =>
    node?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
  const picker = (): HTMLInputElement => host.querySelector<HTMLInputElement>('cd-article-picker input')!;
  const rows = (): string[][] =>
    Array.from(host.querySelectorAll('tbody tr')).map((row) =>
      Array.from(row.querySelectorAll('td')).map(text),
    );
  const settle = async (): Promise<void> => {
    fixture.detectChanges();
    await fixture.whenStable();
    fixture.detectChanges();
  };
  const searchRequest = (): TestRequest => http.expectOne((request) => request.url === '/api/articles');
  const type = (value: string): void => {
    picker().value = value;
    picker().dispatchEvent(new Event('input'));
  };

  beforeEach(async () => {
    TestBed.configureTestingModule({ providers: [provideHttpClient(), provideHttpClientTesting()] });
    http = TestBed.inject(HttpTestingController);
    fixture = TestBed.createComponent(BulkClaims);
    fixture.componentRef.setInput('checkers', [makeUser()]);
    host = fixture.nativeElement as HTMLElement;
    document.body.appendChild(host);
    await settle();
  });

  afterEach(() => {
    http.verify();
    host.remove();
  });

  /** Type part of the title, wait out the pause, answer with the old article and pick it. */
  async function pickOldArticle(): Promise<void> {
    picker().focus();
    await settle();
    searchRequest().flush({ items: [], nextCursor: null });
    jest.useFakeTimers();
    type('budget');
    jest.advanceTimersByTime(ARTICLE_SEARCH_DEBOUNCE_MS);
    const search = searchRequest();
    expect(search.request.params.get('q')).toBe('budget');
    search.flush({ items: [OLD], nextCursor: null });
    jest.useRealTimers();
    await settle();
    document.querySelector<HTMLElement>('mat-option')!.click();
    await settle();
  }

  it('asks for no list of articles up front: the article field searches by title', () => {
    expect(text(host.querySelector('cd-article-picker mat-label'))).toBe('Article to assign');
    expect(host.querySelector('select')).toBeNull();
    http.expectNone(() => true);
  });

  it('lists the open claims of an article found by title, however old', async () => {
    await pickOldArticle();
    http.expectOne('/api/articles/a-old/claims?limit=200').flush({
      items: [
        makeClaim({ id: 'c-1', articleId: 'a-old', text: 'Taxes went up.' }),
        makeClaim({ id: 'c-2', articleId: 'a-old', text: 'Already done.', state: 'approved' }),
      ],
      nextCursor: null,
    });
    await settle();

    expect(picker().value).toBe(OLD.title);
    expect(rows()).toEqual([['', 'Taxes went up.', 'Detected', 'Nobody']]);
  });

  it('shows no claims once the article field is cleared', async () => {
    await pickOldArticle();
    http
      .expectOne('/api/articles/a-old/claims?limit=200')
      .flush({ items: [makeClaim({ id: 'c-1', articleId: 'a-old' })], nextCursor: null });
    await settle();
    expect(rows()).toHaveLength(1);

    jest.useFakeTimers();
    type('');
    jest.advanceTimersByTime(ARTICLE_SEARCH_DEBOUNCE_MS);
    searchRequest().flush({ items: [OLD], nextCursor: null });
    jest.useRealTimers();
    await settle();

    expect(rows()).toEqual([]);
    expect(host.textContent).not.toContain('No open claims in this article.');
  });
});
