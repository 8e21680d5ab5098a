import type { ClaimDto, DashboardDto, Role } from '@claimdesk/shared';
import { DataSource } from 'typeorm';
import { Claim } from '../src/claims/claim.entity';
import { claimsOf, makeArticle, roleSessions, type RoleSession } from './support/articles';
import { roleCases } from './support/factories';
import { getClaim, step, toReview } from './support/reviews';
import { startTestApp, type TestApp } from './support/test-app';

const HOUR_MS = 60 * 60 * 1000;

describe('dashboard: GET /api/dashboard', () => {
  let testApp: TestApp;
  let sessions: Record<Role, RoleSession>;
  let claims: ClaimDto[];
  let articleId: string;

  const dashboard = async (): Promise<DashboardDto> =>
    (await testApp.http().get('/api/dashboard').set('Cookie', sessions.viewer.cookie).expect(200)).body;

  /** Moves a claim's detection time so the approval took exactly `hours`. */
  async function detectedHoursBeforeApproval(
    claimId: string,
    approvedAt: string,
    hours: number,
  ): Promise<void> {
    const createdAt = new Date(Date.parse(approvedAt) - hours * HOUR_MS).toISOString();
    await testApp.app
      .get(DataSource)
      .createQueryBuilder()
      .update(Claim)
      .set({ createdAt })
      .where('id = :id', { id: claimId })
      .execute();
  }

  beforeAll(async () => {
    testApp = await startTestApp({ LOG_LEVEL: 'error' });
    sessions = await roleSessions(testApp);
    const { article } = await makeArticle(testApp, sessions.editor.user.id);
    articleId = article.id;
    claims = await claimsOf(testApp, article.id, sessions.editor.user);
    expect(claims.length).toBeGreaterThanOrEqual(5);
  });

  afterAll(() => testApp.close());

  describe('access', () => {
    it.each(roleCases('dashboard.read'))('$actor', async ({ actor, allowed, deniedStatus }) => {
      const call = testApp.http().get('/api/dashboard');
      if (actor !== 'anonymous') call.set('Cookie', sessions[actor].cookie);
      const response = await call;
      expect(response.status).toBe(allowed ? 200 : deniedStatus);
      if (!allowed) expect(response.body.code).toBe(actor === 'anonymous' ? 'UNAUTHENTICATED' : 'FORBIDDEN');
    });
  });

  describe('numbers', () => {
    it('are all zero before any review work, with every state, rating and week present', async () => {
      const body = await dashboard();
      const article = body.claimsByArticle.find((entry) => entry.articleId === articleId);
      expect(article?.counts).toEqual({
        detected: claims.length,
        in_research: 0,
        in_review: 0,
        changes_requested: 0,
        approved: 0,
        dismissed: 0,
      });
      expect(Object.values(body.verdictDistribution).every((count) => count === 0)).toBe(true);
      expect(Object.keys(body.verdictDistribution)).toHaveLength(7);
      expect(body.approvalsPerWeek).toHaveLength(12);
      expect(body.medianHoursToApproval).toBeNull();
      expect(body.openWorkByChecker).toEqual([]);
    });

    it('count states per article, approved verdicts by rating, weekly approvals, median time and open work', async () => {
      const checker = sessions.checker;
      const [first, second, third, fourth, fifth] = claims;

      await toReview(testApp, checker.cookie, first.id);
      const firstApproval = await step(testApp, sessions.editor.cookie, first.id, 'approve');
      await step(testApp, checker.cookie, second.id, 'start-research');
      await testApp
        .http()
        .post(`/api/claims/${second.id}/sources`)
        .set('Cookie', checker.cookie)
        .send({
          url: 'https://stats.example.org/dashboard',
          title: 'Figures',
          kind: 'official_statistics',
          stance: 'refutes',
        })
        .expect(201);
      await step(testApp, checker.cookie, second.id, 'submit-verdict', {
        rating: 'false',
        rationale: 'Wrong.',
      });
      const secondApproval = await step(testApp, sessions.admin.cookie, second.id, 'approve');

      const { version } = await getClaim(testApp, sessions.editor.cookie, third.id);
      await testApp
        .http()
        .post(`/api/claims/${third.id}/assign`)
        .set('Cookie', sessions.editor.cookie)
        .send({ version, assigneeId: checker.user.id })
        .expect(200);
      await step(testApp, checker.cookie, fourth.id, 'start-research');
      await step(testApp, sessions.editor.cookie, fifth.id, 'dismiss', { reason: 'Opinion, not a claim' });

      await detectedHoursBeforeApproval(first.id, firstApproval.verdict!.approvedAt!, 2);
      await detectedHoursBeforeApproval(second.id, secondApproval.verdict!.approvedAt!, 4);

      const body = await dashboard();
      const article = body.claimsByArticle.find((entry) => entry.articleId === articleId);
      expect(article).toEqual({
        articleId,
        title: expect.any(String),
        counts: {
          detected: claims.length - 4,
          in_research: 1,
          in_review: 0,
          changes_requested: 0,
          approved: 2,
          dismissed: 1,
        },
        total: claims.length,
      });
      expect(body.verdictDistribution).toMatchObject({ mostly_true: 1, false: 1, true: 0, mixed: 0 });
      expect(body.approvedClaimCount).toBe(2);
      expect(body.approvalsPerWeek.reduce((sum, week) => sum + week.approved, 0)).toBe(2);
      expect(body.approvalsPerWeek.at(-1)?.approved).toBe(2);
      expect(body.medianHoursToApproval).toBe(3);
      expect(body.openWorkByChecker).toEqual([
        {
          userId: checker.user.id,
          displayName: checker.user.displayName,
          counts: { detected: 1, in_research: 1, in_review: 0, changes_requested: 0 },
          total: 2,
        },
      ]);
    });

    it('stops counting a reopened approval in the distribution but keeps it in its week', async () => {
      const approved = claims[0];
      await step(testApp, sessions.editor.cookie, approved.id, 'reopen', { reason: 'Correction published' });
      const body = await dashboard();
      expect(body.verdictDistribution.mostly_true).toBe(0);
      expect(body.approvedClaimCount).toBe(1);
      expect(body.medianHoursToApproval).toBe(4);
      expect(body.approvalsPerWeek.at(-1)?.approved).toBe(2);
    });
  });
});
