import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';

import { makeArticle, makeClaim, makeUser } from '../../testing/fixtures';
import { AUTH_URLS, SessionStore } from '../session/session.store';
import { ReviewStore } from './review.store';

const first = makeClaim({ id: 'c1', start: 0, end: 31, score: 0.9, type: 'quantity' });
const second = makeClaim({
  id: 'c2',
  start: 32,
  end: 57,
  score: 0.4,
  type: 'event',
  assigneeId: 'u-checker',
});

describe('ReviewStore', () => {
  let store: ReviewStore;
  let http: HttpTestingController;

  beforeEach(async () => {
    TestBed.configureTestingModule({
      providers: [ReviewStore, provideHttpClient(), provideHttpClientTesting()],
    });
    http = TestBed.inject(HttpTestingController);
    const session = TestBed.inject(SessionStore).ensureLoaded();
    http.expectOne(AUTH_URLS.me).flush({ user: makeUser() });
    await session;
    store = TestBed.inject(ReviewStore);
    const loaded = store.load('a-1');
    http.expectOne('/api/articles/a-1').flush(makeArticle());
    http
      .expectOne((r) => r.url === '/api/articles/a-1/claims' && !r.params.has('cursor'))
      .flush({
        items: [second],
        nextCursor: 'next',
      });
    await Promise.resolve();
    await new Promise((resolve) => setTimeout(resolve));
    http
      .expectOne((r) => r.url === '/api/articles/a-1/claims' && r.params.get('cursor') === 'next')
      .flush({
        items: [first],
        nextCursor: null,
      });
    await loaded;
  });

  afterEach(() => http.verify());

  it('loads the article and every page of claims, in article order', () => {
    expect(store.article()?.title).toBe('Council spends more on roads');
    expect(store.claims().map((claim) => claim.id)).toEqual(['c1', 'c2']);
    expect(store.segments().filter((segment) => segment.claim)).toHaveLength(2);
  });

  it('filters by state, type, score and "mine"', () => {
    store.setFilters({ mineOnly: true });
    expect(store.visibleClaims().map((c) => c.id)).toEqual(['c2']);

    store.setFilters({ mineOnly: false, minScore: 0.5 });
    expect(store.visibleClaims().map((c) => c.id)).toEqual(['c1']);

    store.setFilters({ minScore: 0, types: ['event'] });
    expect(store.visibleClaims().map((c) => c.id)).toEqual(['c2']);

    store.setFilters({ types: [], states: ['approved'] });
    expect(store.visibleClaims()).toEqual([]);
  });

  it('steps through the visible claims with wrap-around', () => {
    expect(store.step(1)?.id).toBe('c1');
    expect(store.step(1)?.id).toBe('c2');
    expect(store.step(1)?.id).toBe('c1');
    expect(store.step(-1)?.id).toBe('c2');
  });

  it('posts a workflow step to its own endpoint with the version read', async () => {
    const done = store.act(first, 'start_research');
    const request = http.expectOne('/api/claims/c1/start-research');
    expect(request.request.body).toEqual({ version: 1 });
    request.flush({ claim: { ...first, state: 'in_research', version: 2 }, verdict: null });

    expect(await done).toBe(true);
    expect(store.claims()[0].state).toBe('in_research');
  });

  it('assigns a claim to the chosen person with the version read', async () => {
    const done = store.assign(first, 'u-sam');
    const request = http.expectOne('/api/claims/c1/assign');
    expect(request.request.body).toEqual({ version: 1, assigneeId: 'u-sam' });
    request.flush({ ...first, assigneeId: 'u-sam', version: 2 });

    expect(await done).toBe(true);
    expect(store.claims()[0].assigneeId).toBe('u-sam');
  });

  it('shows a version conflict with their claim, and can keep mine on top of theirs', async () => {
    const theirs = { ...first, speaker: 'Mayor', version: 3 };
    const done = store.edit(first, { checkedText: 'Council spent $5m' });
    http
      .expectOne('/api/claims/c1')
      .flush(
        { code: 'VERSION_CONFLICT', message: 'stale', details: { current: theirs } },
        { status: 409, statusText: 'Conflict' },
      );

    expect(await done).toBe(false);
    expect(store.conflict()?.theirs.speaker).toBe('Mayor');

    const kept = store.keepMine();
    const retry = http.expectOne('/api/claims/c1');
    expect(retry.request.body).toEqual({ version: 3, checkedText: 'Council spent $5m' });
    retry.flush({ ...theirs, checkedText: 'Council spent $5m', version: 4 });

    expect(await kept).toBe(true);
    expect(store.conflict()).toBeNull();
    expect(store.claims()[0].checkedText).toBe('Council spent $5m');
  });

  it('reloads their version when asked', async () => {
    const theirs = { ...first, speaker: 'Mayor', version: 3 };
    const done = store.edit(first, { speaker: 'Me' });
    http
      .expectOne('/api/claims/c1')
      .flush(
        { code: 'VERSION_CONFLICT', message: 'stale', details: { current: theirs } },
        { status: 409, statusText: 'x' },
      );
    await done;

    store.acceptTheirs();

    expect(store.conflict()).toBeNull();
    expect(store.claims()[0].speaker).toBe('Mayor');
  });

  it('says why any other refusal happened', async () => {
    const done = store.take(first);
    http
      .expectOne('/api/claims/c1/take')
      .flush({ code: 'CONFLICT', message: 'Someone is assigned' }, { status: 409, statusText: 'Conflict' });

    expect(await done).toBe(false);
    expect(store.writeError()?.message).toBe('Could not take the claim: Someone is assigned');
  });

  it('applies a colleague’s change from the event stream and announces it', () => {
    store.applyEvent({
      id: 'e1',
      type: 'claim.updated',
      articleId: 'a-1',
      claimId: 'c1',
      actor: { id: 'u-other', displayName: 'Maria Lopez' },
      at: '2026-01-01T00:00:00Z',
      data: { claim: { ...first, state: 'in_research', version: 2 }, verdict: null },
    });

    expect(store.claims()[0].state).toBe('in_research');
    expect(store.announcement()).toContain('Maria Lopez changed claim “The council spent $5m on roads.”');
  });

  it('never rolls a claim back to an older version', () => {
    store.applyClaims([{ ...first, version: 5, state: 'in_review' }]);
    store.applyClaims([{ ...first, version: 4, state: 'in_research' }]);

    expect(store.claims()[0].state).toBe('in_review');
  });
});
