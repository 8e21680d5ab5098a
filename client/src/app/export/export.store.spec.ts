import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';

import { ExportStore } from './export.store';

describe('ExportStore', () => {
  let store: ExportStore;

  beforeEach(() => {
    TestBed.configureTestingModule({
      providers: [ExportStore, provideHttpClient(), provideHttpClientTesting()],
    });
    store = TestBed.inject(ExportStore);
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
