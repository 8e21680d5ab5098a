import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';

import { makeArticle } from '../../testing/fixtures';
import { ARTICLES_URL, ArticlesStore } from './articles.store';

describe('ArticlesStore', () => {
  let store: ArticlesStore;
  let http: HttpTestingController;

  beforeEach(() => {
    TestBed.configureTestingModule({ providers: [provideHttpClient(), provideHttpClientTesting()] });
    store = TestBed.inject(ArticlesStore);
    http = TestBed.inject(HttpTestingController);
  });

  afterEach(() => http.verify());

  it('loads the list with a search term', async () => {
    const done = store.load('  bridge ');
    const request = http.expectOne((r) => r.url === ARTICLES_URL);
    expect(request.request.params.get('q')).toBe('bridge');
    expect(store.loading()).toBe(true);
    request.flush({ items: [makeArticle()], nextCursor: null });
    await done;

    expect(store.articles().map((a) => a.title)).toEqual(['Council spends more on roads']);
    expect(store.loading()).toBe(false);
  });

  it('ignores a slower answer to an older search', async () => {
    const older = store.load('a');
    const newer = store.load('ab');
    const [first, second] = http.match((r) => r.url === ARTICLES_URL);
    second.flush({ items: [makeArticle({ title: 'Newer' })], nextCursor: null });
    first.flush({ items: [makeArticle({ title: 'Older' })], nextCursor: null });
    await Promise.all([older, newer]);

    expect(store.articles().map((a) => a.title)).toEqual(['Newer']);
  });

  it('imports pasted text, showing extraction progress until done', async () => {
    const done = store.importPasted({ title: 'T', text: 'Body' });
    const request = http.expectOne(ARTICLES_URL);
    expect(request.request.body).toEqual({ title: 'T', text: 'Body' });
    // The testing backend reports the body as sent at once: from here the server is extracting.
    expect(store.importPhase()).toBe('extracting');
    request.flush({ article: makeArticle({ id: 'new' }), claimsCreated: 3 });

    expect((await done)?.article.id).toBe('new');
    expect(store.importPhase()).toBe('done');
  });

  it('uploads a file as multipart form data', async () => {
    const done = store.importFile(new File(['hello'], 'story.txt', { type: 'text/plain' }));
    const request = http.expectOne(`${ARTICLES_URL}/upload`);
    expect((request.request.body as FormData).get('file')).toBeInstanceOf(File);
    request.flush({ article: makeArticle(), claimsCreated: 1 });
    await done;
  });

  it('keeps the server’s reason when an import fails', async () => {
    const done = store.importUrl('https://unreachable.example');
    http
      .expectOne(`${ARTICLES_URL}/import-url`)
      .flush(
        { code: 'URL_FETCH_FAILED', message: 'The page could not be fetched' },
        { status: 422, statusText: 'x' },
      );

    expect(await done).toBeNull();
    expect(store.importPhase()).toBe('failed');
    expect(store.importError()?.message).toBe('The page could not be fetched');
  });
});
