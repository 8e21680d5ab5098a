import type { ClaimDto, ReviewQueueEntryDto, ReviewQueuePage, Role } from '@claimdesk/shared';
import { DataSource, In } from 'typeorm';
import { Verdict } from '../src/reviews/verdict.entity';
import { claimsOf, makeArticle } from './support/articles';
import { ROLE_CASES } from './support/factories';
import { HOOK_TIMEOUT, addSource, reviewSuite, step, toReview } from './support/reviews';

/**
 * The editor's review queue in one request per page. The suite builds one known queue: five verdicts in
 * review over two articles, by two authors, one of them revised, and two approved claims.
 */
describe('review queue API', () => {
  const desk = reviewSuite();
  const queue = async (query: Record<string, string | number> = {}, actor: Role = 'editor') =>
    (
      await desk.testApp
        .http()
        .get('/api/review-queue')
        .query(query)
        .set('Cookie', desk.as[actor].cookie)
        .expect(200)
    ).body as ReviewQueuePage;
  const ids = (entries: ReviewQueueEntryDto[]) => entries.map((entry) => entry.claim.id);

  let firstArticle: string;
  let secondArticle: string;
  /** In review, written by the checker: three on the first article, one on the second. */
  let byChecker: ClaimDto[];
  /** In review, written by the editor, on the second article, with the rating 'false'. */
  let byEditor: ClaimDto;
  /** Sent back once and submitted again. */
  let revised: ClaimDto;
  /** Approved, the first before the second. */
  let approved: ClaimDto[];

  beforeAll(async () => {
    const { testApp, as } = desk;
    const first = await desk.freshClaim();
    firstArticle = first.articleId;
    const second = await makeArticle(testApp, as.admin.user.id, { title: 'A second article' });
    secondArticle = second.article.id;
    const secondClaims = await claimsOf(testApp, secondArticle, as.admin.user);
    byChecker = [first, await desk.freshClaim(), await desk.freshClaim(), secondClaims[0]];
    for (const claim of byChecker) await toReview(testApp, as.checker.cookie, claim.id);
    byEditor = secondClaims[1];
    await step(testApp, as.editor.cookie, byEditor.id, 'start-research');
    await addSource(testApp, as.editor.cookie, byEditor.id);
    await step(testApp, as.editor.cookie, byEditor.id, 'submit-verdict', {
      rating: 'false',
      rationale: 'The record says otherwise.',
    });
    revised = byChecker[1];
    await step(testApp, as.editor.cookie, revised.id, 'request-changes', { reason: 'Cite the minutes' });
    await step(testApp, as.checker.cookie, revised.id, 'resume');
    await step(testApp, as.checker.cookie, revised.id, 'submit-verdict', {
      rating: 'mostly_true',
      rationale: 'The minutes confirm it.',
    });
    approved = [await desk.freshClaim(), await desk.freshClaim()];
    for (const claim of approved) {
      await toReview(testApp, as.checker.cookie, claim.id);
      await step(testApp, as.editor.cookie, claim.id, 'approve');
    }
  }, HOOK_TIMEOUT);

  it.each(ROLE_CASES['verdicts.approve'])('answers $actor', async ({ actor, deniedStatus }) => {
    const request = desk.testApp.http().get('/api/review-queue');
    const response =
      actor === 'anonymous' ? await request : await request.set('Cookie', desk.as[actor].cookie);
    expect(response.status).toBe(deniedStatus ?? 200);
  });

  it('lists every verdict in review, oldest submission first, with what an editor reads', async () => {
    const page = await queue();
    expect(page.total).toBe(5);
    expect(page.nextCursor).toBeNull();
    expect(new Set(ids(page.items))).toEqual(new Set([...byChecker.map((claim) => claim.id), byEditor.id]));
    const order = page.items.map((entry) => `${entry.verdict.createdAt} ${entry.claim.id}`);
    expect(order).toEqual([...order].sort());
    for (const entry of page.items) {
      expect(entry.claim.state).toBe('in_review');
      expect(entry.verdict).toEqual(entry.history[entry.history.length - 1]);
      expect(entry.sources.length).toBeGreaterThanOrEqual(1);
      expect(entry.sources.every((source) => source.claimId === entry.claim.id)).toBe(true);
    }
  });

  it('carries the whole verdict history, the latest revision as the verdict', async () => {
    const entry = (await queue()).items.find((candidate) => candidate.claim.id === revised.id)!;
    expect(entry.history.map((verdict) => verdict.revision)).toEqual([1, 2]);
    expect(entry.history[0].changesRequestedReason).toBe('Cite the minutes');
    expect(entry.verdict).toMatchObject({ revision: 2, rationale: 'The minutes confirm it.' });
  });

  it("offers approval to the caller, but not on the caller's own verdict (four eyes)", async () => {
    const page = await queue();
    const approve = (entry: ReviewQueueEntryDto) =>
      entry.actions.find((action) => action.action === 'approve');
    const own = page.items.find((entry) => entry.claim.id === byEditor.id)!;
    expect(approve(own)).toMatchObject({ allowed: false, code: 'FOUR_EYES_REQUIRED' });
    const others = page.items.filter((entry) => entry.claim.id !== byEditor.id);
    expect(others.map((entry) => approve(entry)?.allowed)).toEqual(others.map(() => true));
    // The same claim, asked by an admin, who did not write it.
    const forAdmin = (await queue({}, 'admin')).items.find((entry) => entry.claim.id === byEditor.id)!;
    expect(approve(forAdmin)).toMatchObject({ allowed: true });
  });

  it('pages with a cursor: every entry once, in the same order, the total on every page', async () => {
    const whole = ids((await queue()).items);
    const seen: string[] = [];
    let cursor: string | null = null;
    let pages = 0;
    do {
      const page: ReviewQueuePage = await queue({ limit: 2, ...(cursor ? { cursor } : {}) });
      expect(page.items.length).toBeLessThanOrEqual(2);
      expect(page.total).toBe(5);
      seen.push(...ids(page.items));
      cursor = page.nextCursor;
      pages += 1;
    } while (cursor);
    expect(pages).toBe(3);
    expect(seen).toEqual(whole);
  });

  it('filters by article, checker and rating on the server, and counts what matches', async () => {
    const onSecond = await queue({ articleId: secondArticle });
    expect(new Set(ids(onSecond.items))).toEqual(new Set([byChecker[3].id, byEditor.id]));
    expect(onSecond.total).toBe(2);

    const byTheEditor = await queue({ checkerId: desk.as.editor.user.id });
    expect(ids(byTheEditor.items)).toEqual([byEditor.id]);

    const rated = await queue({ rating: 'false' });
    expect(ids(rated.items)).toEqual([byEditor.id]);
    expect(rated.total).toBe(1);

    const none = await queue({ articleId: firstArticle, rating: 'false' });
    expect(none).toMatchObject({ items: [], total: 0, nextCursor: null });
  });

  it('lists every article of the view for the filter, whatever the other filters', async () => {
    const expected = [
      { id: secondArticle, title: 'A second article', count: 2 },
      { id: firstArticle, title: expect.any(String), count: 3 },
    ];
    expect((await queue()).articles).toEqual(expect.arrayContaining(expected));
    expect((await queue({ rating: 'false' })).articles).toEqual(expect.arrayContaining(expected));
    expect((await queue()).articles).toHaveLength(2);
  });

  it('shows approved claims most recently approved first', async () => {
    const page = await queue({ view: 'approved' });
    expect(ids(page.items)).toEqual([approved[1].id, approved[0].id]);
    expect(page.total).toBe(2);
    expect(page.items.every((entry) => entry.verdict.approvedAt !== null)).toBe(true);
    const reopen = page.items[0].actions.find((action) => action.action === 'reopen');
    expect(reopen?.allowed).toBe(true);
    expect(page.articles).toEqual([{ id: firstArticle, title: expect.any(String), count: 2 }]);
  });

  it('pages approved claims approved in the same instant once each, by id', async () => {
    // Approvals stamped alike (a bulk approval, a clock tick): the cursor must break the tie by claim id.
    const stamp = '2026-11-20T10:00:00.000Z';
    const claimIds = approved.map((claim) => claim.id);
    const verdicts = desk.testApp.app.get(DataSource).getRepository(Verdict);
    await verdicts.update({ claimId: In(claimIds) }, { approvedAt: stamp });
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const page: ReviewQueuePage = await queue({
        view: 'approved',
        limit: 1,
        ...(cursor ? { cursor } : {}),
      });
      seen.push(...ids(page.items));
      cursor = page.nextCursor;
    } while (cursor);
    expect(seen).toEqual([...claimIds].sort());
  });

  it('refuses bad filters with a 400 naming the field, never a 500', async () => {
    const bad = async (query: Record<string, string>, field: string) => {
      const response = await desk.testApp
        .http()
        .get('/api/review-queue')
        .query(query)
        .set('Cookie', desk.as.editor.cookie);
      expect({ status: response.status, code: response.body.code }).toEqual({
        status: 400,
        code: 'VALIDATION_FAILED',
      });
      expect(response.body.message).toContain(field);
    };
    await bad({ view: 'draft' }, 'view');
    await bad({ rating: 'fake' }, 'rating');
    await bad({ articleId: 'not-a-uuid' }, 'articleId');
    await bad({ checkerId: '12' }, 'checkerId');
    await bad({ limit: '101' }, 'limit');
    await bad({ cursor: 'garbage' }, 'cursor');
    await bad({ unknown: 'x' }, 'unknown');
    const approvedCursor = (await queue({ view: 'approved', limit: 1 })).nextCursor!;
    await bad({ view: 'in_review', cursor: approvedCursor }, 'cursor');
  });
});
