import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import type { AvailableAction } from '@claimdesk/shared';

import { makeArticle, makeClaim, makeUser } from '../../testing/fixtures';
import { makeVerdict } from './desk.fixtures';
import { EditorDeskStore, OWN_VERDICT_REASON } from './editor-desk.store';

const approve: AvailableAction = { action: 'approve', label: 'Approve', allowed: true, needsInput: [] };
const ownApproval: AvailableAction = {
  action: 'approve',
  label: 'Approve',
  allowed: false,
  code: 'FOUR_EYES_REQUIRED',
  reason: 'A second editor must approve this verdict',
  needsInput: [],
};
const requestChanges: AvailableAction = {
  action: 'request_changes',
  label: 'Request changes',
  allowed: true,
  needsInput: ['reason'],
};

describe('EditorDeskStore', () => {
  let store: EditorDeskStore;
  let http: HttpTestingController;

  async function flushLoad(): Promise<void> {
    const loaded = store.load();
    http
      .expectOne((r) => r.url === '/api/claims' && r.params.get('state') === 'in_review')
      .flush({
        items: [
          makeClaim({ id: 'newer', state: 'in_review', articleId: 'a-1' }),
          makeClaim({ id: 'older', state: 'in_review', articleId: 'a-2', text: 'Crime fell 10% last year.' }),
        ],
        nextCursor: null,
        // a-2 is older than the first page of articles: its title comes with the claims.
        articleTitles: { 'a-1': 'Council spends more on roads', 'a-2': 'Crime report' },
      });
    http.expectOne('/api/articles?limit=100').flush({
      items: [makeArticle({ id: 'a-1' })],
      nextCursor: null,
    });
    http
      .expectOne('/api/users')
      .flush([makeUser(), makeUser({ id: 'u-editor', displayName: 'Eda Editor', role: 'editor' })]);
    await new Promise((resolve) => setTimeout(resolve));
    for (const id of ['newer', 'older']) {
      const createdAt = id === 'older' ? '2026-01-01T09:00:00.000Z' : '2026-01-05T09:00:00.000Z';
      const authorId = id === 'older' ? 'u-editor' : 'u-checker';
      http.expectOne(`/api/claims/${id}/verdicts`).flush([
        makeVerdict({
          id: `v-${id}`,
          claimId: id,
          createdAt,
          authorId,
          rating: id === 'older' ? 'false' : 'mostly_true',
        }),
      ]);
      http.expectOne(`/api/claims/${id}/sources`).flush([]);
      http
        .expectOne(`/api/claims/${id}/actions`)
        .flush(id === 'older' ? [ownApproval, requestChanges] : [approve, requestChanges]);
    }
    await loaded;
  }

  beforeEach(async () => {
    TestBed.configureTestingModule({
      providers: [EditorDeskStore, provideHttpClient(), provideHttpClientTesting()],
    });
    http = TestBed.inject(HttpTestingController);
    store = TestBed.inject(EditorDeskStore);
    await flushLoad();
  });

  afterEach(() => http.verify());

  it('lists claims in review oldest submission first, with their verdict and desk actions', () => {
    expect(store.entries().map((entry) => entry.claim.id)).toEqual(['older', 'newer']);
    expect(store.entries()[0].verdict?.rating).toBe('false');
    expect(store.articleTitle('a-2')).toBe('Crime report');
  });

  it('offers to filter by the articles in the queue, named even when older than the article list', () => {
    expect(store.queueArticles()).toEqual([
      { id: 'a-1', title: 'Council spends more on roads' },
      { id: 'a-2', title: 'Crime report' },
    ]);
  });

  it('words the four-eyes refusal for the author of the verdict', () => {
    const approval = store.entries()[0].actions.find((action) => action.action === 'approve');
    expect(approval).toMatchObject({ allowed: false, reason: OWN_VERDICT_REASON });
  });

  it('filters by article, checker and rating', () => {
    store.filters.set({ articleId: '', checkerId: 'u-editor', rating: '' });
    expect(store.visibleEntries().map((entry) => entry.claim.id)).toEqual(['older']);
    store.filters.set({ articleId: 'a-1', checkerId: '', rating: 'mostly_true' });
    expect(store.visibleEntries().map((entry) => entry.claim.id)).toEqual(['newer']);
    store.filters.set({ articleId: 'a-1', checkerId: '', rating: 'false' });
    expect(store.visibleEntries()).toEqual([]);
  });

  it('requests changes with the reason and the claim version, then drops the claim from the queue', async () => {
    const done = store.decide('newer', 'request_changes', 'Cite the 2025 figures');
    const request = http.expectOne('/api/claims/newer/request-changes');
    expect(request.request.body).toEqual({ version: 1, reason: 'Cite the 2025 figures' });
    request.flush({ claim: makeClaim({ id: 'newer', state: 'changes_requested' }), verdict: null });
    expect(await done).toBe(true);
    expect(store.entries().map((entry) => entry.claim.id)).toEqual(['older']);
    expect(store.notice()).toContain('Changes requested');
  });

  it('keeps the chosen article in the filter after its last claim leaves the queue', async () => {
    store.filters.set({ articleId: 'a-1', checkerId: '', rating: '' });
    const done = store.decide('newer', 'request_changes', 'Cite the 2025 figures');
    http
      .expectOne('/api/claims/newer/request-changes')
      .flush({ claim: makeClaim({ id: 'newer', state: 'changes_requested' }), verdict: null });
    await done;

    expect(store.visibleEntries()).toEqual([]);
    expect(store.queueArticles().map((article) => article.id)).toEqual(['a-1', 'a-2']);
  });

  it('keeps the claim and shows the server refusal when approval is refused', async () => {
    const done = store.decide('older', 'approve');
    http
      .expectOne('/api/claims/older/approve')
      .flush(
        { code: 'FOUR_EYES_REQUIRED', message: 'A second editor must approve this verdict' },
        { status: 403, statusText: 'Forbidden' },
      );
    expect(await done).toBe(false);
    expect(store.error()?.code).toBe('FOUR_EYES_REQUIRED');
    expect(store.entries()).toHaveLength(2);
  });
});
