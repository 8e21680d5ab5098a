import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';

import { makeUser } from '../../testing/fixtures';
import { ExportStore } from './export.store';

describe('ExportStore', () => {
  let store: ExportStore;

  beforeEach(() => {
    TestBed.configureTestingModule({
      providers: [ExportStore, provideHttpClient(), provideHttpClientTesting()],
    });
    store = TestBed.inject(ExportStore);
  });

  afterEach(() => TestBed.inject(HttpTestingController).verify());

  it('loads the checkers to filter by, and no list of articles (the picker searches them)', async () => {
    const loaded = store.load();
    TestBed.inject(HttpTestingController)
      .expectOne('/api/users')
      .flush([makeUser(), makeUser({ id: 'u-viewer', role: 'viewer' })]);
    await loaded;
    expect(store.checkers().map((user) => user.id)).toEqual(['u-checker']);
  });

  it('filters without the checker picker when the user may not list people', async () => {
    const loaded = store.load();
    TestBed.inject(HttpTestingController)
      .expectOne('/api/users')
      .flush({ code: 'FORBIDDEN', message: 'No' }, { status: 403, statusText: 'Forbidden' });
    await loaded;
    expect(store.checkers()).toEqual([]);
    expect(store.error()).toBeNull();
  });

  it('offers nothing until an article is chosen, then every format and the public link', () => {
    expect(store.downloads()).toEqual([]);
    store.articleId.set('a-1');
    expect(store.downloads().map((link) => link.href)).toEqual([
      '/api/exports/claims.csv?article=a-1',
      '/api/exports/claims.jsonld?article=a-1',
      '/api/articles/a-1/report.md',
      '/api/articles/a-1/report.html',
      '/api/articles/a-1/report.pdf',
    ]);
    expect(store.shareLink()).toBe(`${location.origin}/api/reports/articles/a-1`);
  });

  it('exports claims across articles by the filter, without a share link', () => {
    store.scope.set('filter');
    store.filters.set({ from: '2026-11-01', to: '', rating: 'false', checker: 'u-1' });
    expect(store.downloads().map((link) => link.href)).toEqual([
      '/api/exports/claims.csv?from=2026-11-01&rating=false&checker=u-1',
      '/api/exports/claims.jsonld?from=2026-11-01&rating=false&checker=u-1',
    ]);
    expect(store.shareLink()).toBeNull();
  });

  it('previews the first rows of the CSV', async () => {
    store.articleId.set('a-1');
    const loaded = store.loadPreview();
    TestBed.inject(HttpTestingController)
      .expectOne('/api/exports/claims.csv?article=a-1')
      .flush('claim,rating\r\n"A, b",false\r\n');
    await loaded;
    expect(store.preview()).toEqual([
      ['claim', 'rating'],
      ['A, b', 'false'],
    ]);
  });

  it("shows the server's own words when it refuses the preview, though the CSV is asked for as text", async () => {
    store.scope.set('filter');
    store.filters.set({ from: '2026-11-01', to: '', rating: '', checker: '' });
    const loaded = store.loadPreview();
    TestBed.inject(HttpTestingController)
      .expectOne('/api/exports/claims.csv?from=2026-11-01')
      .flush(JSON.stringify({ code: 'VALIDATION_FAILED', message: 'from must be a date' }), {
        status: 400,
        statusText: 'Bad Request',
      });
    await loaded;

    expect(store.error()).toMatchObject({ code: 'VALIDATION_FAILED', message: 'from must be a date' });
  });

  it('names a date range that ends before it starts, and previews nothing for it', async () => {
    store.scope.set('filter');
    store.filters.set({ from: '2026-12-31', to: '2026-01-01', rating: '', checker: '' });

    expect(store.rangeProblem()).toBe('Choose a date on or after “Approved from”.');
    await store.loadPreview();
    // afterEach verifies that no request went out.
    expect(store.preview()).toBeNull();
  });

  it.each([
    ['one day', '2026-03-01', '2026-03-01'],
    ['an open end', '2026-03-01', ''],
    ['an open start', '', '2026-03-01'],
  ])('accepts %s as a range', (_what, from, to) => {
    store.scope.set('filter');
    store.filters.set({ from, to, rating: '', checker: '' });

    expect(store.rangeProblem()).toBeNull();
  });

  it('does not hold the filter dates against a one-article export', () => {
    store.filters.set({ from: '2026-12-31', to: '2026-01-01', rating: '', checker: '' });
    store.articleId.set('a-1');

    expect(store.rangeProblem()).toBeNull();
  });
});
