import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';

import { makeClaim } from '../../testing/fixtures';
import { BulkClaimsStore } from './bulk-claims.store';

describe('BulkClaimsStore', () => {
  let store: BulkClaimsStore;
  let http: HttpTestingController;

  beforeEach(() => {
    TestBed.configureTestingModule({
      providers: [BulkClaimsStore, provideHttpClient(), provideHttpClientTesting()],
    });
    store = TestBed.inject(BulkClaimsStore);
    http = TestBed.inject(HttpTestingController);
  });

  afterEach(() => http.verify());

  const claimsOf = (articleId: string) =>
    http.expectOne((request) => request.url === `/api/articles/${articleId}/claims`);

  it("lists the chosen article's claims that can still be assigned", async () => {
    const loaded = store.loadArticle('a');
    claimsOf('a').flush({
      items: [makeClaim({ id: 'c1', state: 'detected' }), makeClaim({ id: 'c2', state: 'approved' })],
      nextCursor: null,
    });
    await loaded;
    expect(store.claims().map((claim) => claim.id)).toEqual(['c1']);
  });

  it('drops the answer for an article no longer chosen, so bulk steps never act on its claims', async () => {
    const first = store.loadArticle('a');
    const second = store.loadArticle('b');
    const late = claimsOf('a');
    claimsOf('b').flush({ items: [makeClaim({ id: 'from-b', state: 'detected' })], nextCursor: null });
    await second;
    late.flush({ items: [makeClaim({ id: 'from-a', state: 'detected' })], nextCursor: null });
    await first;
    expect(store.claims().map((claim) => claim.id)).toEqual(['from-b']);

    const third = store.loadArticle('c');
    await store.loadArticle('');
    claimsOf('c').flush({ items: [makeClaim({ id: 'from-c', state: 'detected' })], nextCursor: null });
    await third;
    expect(store.claims()).toEqual([]);
  });
});
