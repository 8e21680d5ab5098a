import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, TestRequest, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import type { AvailableAction, ReviewQueuePage } from '@claimdesk/shared';

import { makeClaim, makeUser } from '../../testing/fixtures';
import { makeQueueEntry, makeQueuePage } from './desk.fixtures';
import { CHANGED_MEANWHILE, EditorDeskStore } from './editor-desk.store';
import { OWN_VERDICT_REASON } from '../review/claim-actions';
import { REVIEW_QUEUE_PAGE, REVIEW_QUEUE_URL } from './review-queue';

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
const resume: AvailableAction = { action: 'resume', label: 'Resume research', allowed: true, needsInput: [] };

const ARTICLES = [
  { id: 'a-1', title: 'Council spends more on roads', count: 2 },
  { id: 'a-2', title: 'Crime report', count: 1 },
];

/** The first page of the in-review queue: the server's order (oldest submission first), 3 of 30 in all. */
function firstPage(): ReviewQueuePage {
  const older = makeQueueEntry('older', {
    articleId: 'a-2',
    text: 'Crime fell 10% last year.',
    verdict: { authorId: 'u-editor', rating: 'false', createdAt: '2026-01-01T09:00:00.000Z' },
  });
  const newer = makeQueueEntry('newer', { verdict: { createdAt: '2026-01-05T09:00:00.000Z' } });
  return makeQueuePage(
    [
      { ...older, actions: [ownApproval, requestChanges, resume] },
      { ...newer, actions: [...newer.actions, requestChanges] },
      makeQueueEntry('newest'),
    ],
    { total: 30, nextCursor: 'page-2', articles: ARTICLES },
  );
}

describe('EditorDeskStore', () => {
  let store: EditorDeskStore;
  let http: HttpTestingController;

  const queueRequest = (): TestRequest => http.expectOne((request) => request.url === REVIEW_QUEUE_URL);
  const paramsOf = (request: TestRequest): Record<string, string | null> =>
    Object.fromEntries(request.request.params.keys().map((key) => [key, request.request.params.get(key)]));
  const ids = (): string[] => store.entries().map((entry) => entry.claim.id);

  beforeEach(async () => {
    TestBed.configureTestingModule({
      providers: [EditorDeskStore, provideHttpClient(), provideHttpClientTesting()],
    });
    http = TestBed.inject(HttpTestingController);
    store = TestBed.inject(EditorDeskStore);

    const loaded = store.load();
    const request = queueRequest();
    expect(paramsOf(request)).toEqual({ view: 'in_review', limit: String(REVIEW_QUEUE_PAGE) });
    request.flush(firstPage());
    http
      .expectOne('/api/users')
      .flush([makeUser(), makeUser({ id: 'u-editor', displayName: 'Eda Editor', role: 'editor' })]);
    await loaded;
  });

  afterEach(() => http.verify());

  it('reads one page of the queue in the order the server sends it, with the count of every match', () => {
    expect(ids()).toEqual(['older', 'newer', 'newest']);
    expect(store.entries()[0].verdict.rating).toBe('false');
    expect(store.total()).toBe(30);
    expect(store.hasMore()).toBe(true);
    expect(store.names().get('u-editor')).toBe('Eda Editor');
  });

  it('offers the desk decisions only, wording the four-eyes refusal for the author of the verdict', () => {
    expect(store.entries()[0].actions).toEqual([
      { ...ownApproval, reason: OWN_VERDICT_REASON },
      requestChanges,
    ]);
  });

  it('offers to filter by the articles the server lists for the view, and names cards by them', () => {
    expect(store.queueArticles()).toEqual(ARTICLES);
    expect(store.articleTitle('a-2')).toBe('Crime report');
    expect(store.articleTitle('a-unknown')).toBe('Untitled article');
  });

  it('asks the server for the filtered queue from its first page, keeping the other filters', async () => {
    const byChecker = store.filterBy({ checkerId: 'u-editor' });
    let request = queueRequest();
    expect(paramsOf(request)).toEqual({ view: 'in_review', limit: '25', checkerId: 'u-editor' });
    expect(store.loading()).toBe(true);
    request.flush(makeQueuePage([makeQueueEntry('older')], { articles: ARTICLES }));
    await byChecker;
    expect(ids()).toEqual(['older']);
    expect(store.total()).toBe(1);
    expect(store.hasMore()).toBe(false);

    const byRating = store.filterBy({ rating: 'false', articleId: 'a-2' });
    request = queueRequest();
    expect(paramsOf(request)).toEqual({
      view: 'in_review',
      limit: '25',
      articleId: 'a-2',
      checkerId: 'u-editor',
      rating: 'false',
    });
    request.flush(makeQueuePage([], { total: 0, articles: ARTICLES }));
    await byRating;
    expect(ids()).toEqual([]);
    expect(store.total()).toBe(0);
  });

  it('reads the approved view with the same filters, without asking again for people', async () => {
    const filtered = store.filterBy({ rating: 'mostly_true' });
    queueRequest().flush(firstPage());
    await filtered;

    const shown = store.show('approved');
    const request = queueRequest();
    expect(paramsOf(request)).toEqual({ view: 'approved', limit: '25', rating: 'mostly_true' });
    request.flush(makeQueuePage([makeQueueEntry('approved-1')]));
    await shown;
    expect(ids()).toEqual(['approved-1']);
  });

  it('drops the answer to a filter the editor has already changed again', async () => {
    const first = store.filterBy({ checkerId: 'u-editor' });
    const stale = queueRequest();
    const second = store.filterBy({ checkerId: 'u-checker' });
    const current = http.match((request) => request.url === REVIEW_QUEUE_URL).at(-1)!;
    expect(current.request.params.get('checkerId')).toBe('u-checker');
    current.flush(makeQueuePage([makeQueueEntry('newer')]));
    stale.flush(makeQueuePage([makeQueueEntry('older')]));
    await Promise.all([first, second]);

    expect(ids()).toEqual(['newer']);
    expect(store.loading()).toBe(false);
  });

  it('adds the next page below with the same filters, and answers what it added', async () => {
    const filtered = store.filterBy({ articleId: 'a-1' });
    queueRequest().flush(firstPage());
    await filtered;

    const more = store.loadMore();
    const request = queueRequest();
    expect(paramsOf(request)).toEqual({ view: 'in_review', limit: '25', articleId: 'a-1', cursor: 'page-2' });
    expect(store.loadingMore()).toBe(true);
    request.flush(makeQueuePage([makeQueueEntry('later')], { total: 31, articles: ARTICLES }));

    expect((await more).map((entry) => entry.claim.id)).toEqual(['later']);
    expect(ids()).toEqual(['older', 'newer', 'newest', 'later']);
    expect(store.total()).toBe(31);
    expect(store.hasMore()).toBe(false);
    expect(store.loadingMore()).toBe(false);
  });

  it('replaces a claim shown already when the next page brings it again with a newer verdict', async () => {
    const more = store.loadMore();
    const resubmitted = makeQueueEntry('newer', { verdict: { revision: 2 } });
    queueRequest().flush(makeQueuePage([resubmitted, makeQueueEntry('later')], { total: 30 }));

    expect((await more).map((entry) => entry.claim.id)).toEqual(['later']);
    expect(ids()).toEqual(['older', 'newer', 'newest', 'later']);
    expect(store.entries()[1].verdict.revision).toBe(2);
  });

  it('keeps what is shown when the next page fails, so it can be asked for again', async () => {
    const more = store.loadMore();
    queueRequest().flush(
      { code: 'VALIDATION_FAILED', message: 'cursor: not a cursor from this view of the queue' },
      { status: 400, statusText: 'Bad Request' },
    );

    expect(await more).toEqual([]);
    expect(store.error()?.message).toContain('not a cursor');
    expect(ids()).toEqual(['older', 'newer', 'newest']);
    expect(store.total()).toBe(30);
    expect(store.hasMore()).toBe(true);
  });

  it('shows nothing but the error when a first page fails, rather than the last filter’s claims', async () => {
    const filtered = store.filterBy({ checkerId: 'u-editor' });
    queueRequest().flush(null, { status: 429, statusText: 'Too Many Requests' });
    await filtered;

    expect(store.error()?.status).toBe(429);
    expect(ids()).toEqual([]);
    expect(store.total()).toBeNull();
    expect(store.hasMore()).toBe(false);
  });

  it('requests changes with the reason and the claim version, then drops the claim and counts one less', async () => {
    const done = store.decide('newer', 'request_changes', 'Cite the 2025 figures');
    const request = http.expectOne('/api/claims/newer/request-changes');
    expect(request.request.body).toEqual({ version: 1, reason: 'Cite the 2025 figures' });
    request.flush({ claim: makeClaim({ id: 'newer', state: 'changes_requested' }), verdict: null });

    expect(await done).toBe(true);
    expect(ids()).toEqual(['older', 'newest']);
    expect(store.total()).toBe(29);
    expect(store.queueArticles()).toEqual([{ ...ARTICLES[0], count: 1 }, ARTICLES[1]]);
    expect(store.notice()).toBe('Changes requested: “Claim newer.”');
  });

  it('announces a claim that quotes someone without adding quote marks around its own', async () => {
    const quote = '“We have fixed every pothole,” the mayor told the meeting.';
    const filtered = store.filterBy({ articleId: 'a-1' });
    queueRequest().flush(makeQueuePage([makeQueueEntry('quoted', { text: quote })]));
    await filtered;

    const done = store.decide('quoted', 'approve');
    http.expectOne('/api/claims/quoted/approve').flush({ claim: makeClaim({ id: 'quoted' }), verdict: null });
    await done;

    expect(store.notice()).toBe(`Approved: ${quote}`);
  });

  it('keeps the chosen article in the filter after its last claim leaves the queue', async () => {
    const filtered = store.filterBy({ articleId: 'a-2' });
    queueRequest().flush(makeQueuePage([firstPage().items[0]], { articles: ARTICLES }));
    await filtered;

    const done = store.decide('older', 'request_changes', 'Cite the police figures');
    http
      .expectOne('/api/claims/older/request-changes')
      .flush({ claim: makeClaim({ id: 'older', state: 'changes_requested' }), verdict: null });
    await done;

    expect(ids()).toEqual([]);
    expect(store.total()).toBe(0);
    expect(store.queueArticles()).toEqual([ARTICLES[0], { id: 'a-2', title: 'Crime report', count: 0 }]);
  });

  it('keeps the claim and the count and shows the server refusal when approval is refused', async () => {
    const done = store.decide('older', 'approve');
    http
      .expectOne('/api/claims/older/approve')
      .flush(
        { code: 'FOUR_EYES_REQUIRED', message: 'A second editor must approve this verdict' },
        { status: 403, statusText: 'Forbidden' },
      );

    expect(await done).toBe(false);
    expect(store.problem()).toEqual({
      claimId: 'older',
      message: 'A second editor must approve this verdict',
    });
    expect(store.error()).toBeNull();
    expect(ids()).toEqual(['older', 'newer', 'newest']);
    expect(store.total()).toBe(30);
  });

  it('leaves a view opened while a decision was on its way as the server read it', async () => {
    const done = store.decide('newer', 'approve');
    const approval = http.expectOne('/api/claims/newer/approve');
    const shown = store.show('approved');
    queueRequest().flush(makeQueuePage([makeQueueEntry('approved-1')], { total: 7 }));
    await shown;
    approval.flush({ claim: makeClaim({ id: 'newer', state: 'approved' }), verdict: null });

    expect(await done).toBe(true);
    expect(ids()).toEqual(['approved-1']);
    expect(store.total()).toBe(7);
  });

  describe('when someone else got to the claim first', () => {
    const stale = (current: object | null, status = 409) =>
      http.expectOne('/api/claims/newer/request-changes').flush(
        current
          ? {
              code: 'VERSION_CONFLICT',
              message: 'Someone changed this claim since you read it',
              details: { current },
            }
          : { code: 'NOT_FOUND', message: 'No such claim' },
        { status, statusText: 'x' },
      );

    it('reads again what is shown: a claim decided meanwhile leaves, the counts follow, and it is said', async () => {
      const more = store.loadMore();
      queueRequest().flush(makeQueuePage([makeQueueEntry('later')], { total: 30, nextCursor: 'page-3' }));
      await more;

      const done = store.decide('newer', 'request_changes', 'Cite the 2025 figures');
      stale(makeClaim({ id: 'newer', state: 'approved', version: 2 }));
      await new Promise((resolve) => setTimeout(resolve));
      // All four shown are read again, in one page, with the view and filters.
      const reread = queueRequest();
      expect(paramsOf(reread)).toEqual({ view: 'in_review', limit: '25' });
      const { items } = firstPage();
      reread.flush(
        makeQueuePage([items[0], items[2], makeQueueEntry('later')], {
          total: 29,
          articles: [{ ...ARTICLES[0], count: 1 }, ARTICLES[1]],
        }),
      );

      expect(await done).toBe(false);
      expect(ids()).toEqual(['older', 'newest', 'later']);
      expect(store.total()).toBe(29);
      expect(store.hasMore()).toBe(false);
      expect(store.queueArticles()[0].count).toBe(1);
      expect(store.notice()).toBe(
        'Someone else decided it first (now approved), removed from the queue: “Claim newer.”',
      );
      expect(store.problem()).toBeNull();
      expect(store.error()).toBeNull();
    });

    it('reads the queue in pages of at most 100 when more than that is shown', async () => {
      const many = Array.from({ length: 130 }, (_, index) => makeQueueEntry(`c-${index}`));
      const shownMore = store.loadMore();
      queueRequest().flush(makeQueuePage(many, { total: 200, nextCursor: 'page-3' }));
      await shownMore;

      const done = store.decide('newer', 'request_changes', 'Cite the 2025 figures');
      stale(null, 404);
      await new Promise((resolve) => setTimeout(resolve));
      const first = queueRequest();
      expect(first.request.params.get('limit')).toBe('100');
      first.flush(makeQueuePage(many.slice(0, 100), { total: 199, nextCursor: 'after-100' }));
      await new Promise((resolve) => setTimeout(resolve));
      const second = queueRequest();
      expect(paramsOf(second)).toEqual({ view: 'in_review', limit: '33', cursor: 'after-100' });
      second.flush(makeQueuePage(many.slice(100, 130), { total: 199, nextCursor: null }));

      expect(await done).toBe(false);
      expect(store.entries()).toHaveLength(130);
      expect(store.total()).toBe(199);
      expect(store.notice()).toBe('No longer exists, removed from the queue: “Claim newer.”');
    });

    it('shows the claim as it now is, and says so on its card, when it is still waiting', async () => {
      const done = store.decide('newer', 'request_changes', 'Cite the 2025 figures');
      stale(makeClaim({ id: 'newer', state: 'in_review', version: 3 }));
      await new Promise((resolve) => setTimeout(resolve));
      const resubmitted = makeQueueEntry('newer', { verdict: { revision: 2 } });
      queueRequest().flush(
        makeQueuePage([firstPage().items[0], resubmitted, makeQueueEntry('newest')], { total: 30 }),
      );

      expect(await done).toBe(false);
      expect(ids()).toEqual(['older', 'newer', 'newest']);
      expect(store.entries()[1].verdict.revision).toBe(2);
      expect(store.problem()).toEqual({ claimId: 'newer', message: CHANGED_MEANWHILE });
    });
  });
});
