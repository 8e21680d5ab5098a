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
});
