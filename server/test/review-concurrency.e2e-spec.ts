import type { ClaimDto, Role } from '@claimdesk/shared';
import { DataSource } from 'typeorm';
import { claimsOf, makeArticle, roleSessions, type RoleSession } from './support/articles';
import { makeUser, sessionCookie } from './support/factories';
import { getClaim, toReview, HOOK_TIMEOUT } from './support/reviews';
import { startTestApp, type TestApp } from './support/test-app';

async function auditCount(testApp: TestApp, claimId: string, action: string): Promise<number> {
  const rows = (await testApp.app
    .get(DataSource)
    .query(
      testApp.database.kind === 'postgres'
        ? 'SELECT COUNT(*) AS total FROM audit_entries WHERE claim_id = $1 AND action = $2'
        : 'SELECT COUNT(*) AS total FROM audit_entries WHERE claim_id = ? AND action = ?',
      [claimId, action],
    )) as { total: string | number }[];
  return Number(rows[0]!.total);
}

// Two servers racing on one database take a while on a shared machine.
jest.setTimeout(120_000);

describe('review concurrency', () => {
  let first: TestApp;
  let second: TestApp;
  let as: Record<Role, RoleSession>;
  let claims: ClaimDto[];

  beforeAll(async () => {
    first = await startTestApp();
    // A second server on the same database, as two processes behind one load balancer would be.
    second = await startTestApp({}, { database: first.database });
    as = await roleSessions(first);
    const { article } = await makeArticle(first, as.admin.user.id);
    claims = await claimsOf(first, article.id, as.admin.user);
  }, HOOK_TIMEOUT);
  afterAll(async () => {
    await second.close();
    await first.close();
  }, HOOK_TIMEOUT);

  it('20 parallel approvals: exactly one succeeds, the rest get 409, one audit entry', async () => {
    const claim = claims[0]!;
    await toReview(first, as.checker.cookie, claim.id);
    const { version } = await getClaim(first, as.viewer.cookie, claim.id);
    // Four editors (a password hash each is costly), five approvals each, all at once on both servers.
    const editors = await Promise.all(
      Array.from({ length: 4 }, async () => {
        const { user } = await makeUser(first, 'editor');
        return { user, cookie: await sessionCookie(first, user.id) };
      }),
    );
    const approvers = Array.from({ length: 20 }, (_unused, index) => editors[index % editors.length]!);
    const answers = await Promise.all(
      approvers.map((editor, index) =>
        (index % 2 === 0 ? first : second)
          .http()
          .post(`/api/claims/${claim.id}/approve`)
          .set('Cookie', editor.cookie)
          .send({ version }),
      ),
    );
    const statuses = answers.map((answer) => answer.status);
    expect(statuses.filter((status) => status === 200)).toHaveLength(1);
    expect(statuses.filter((status) => status === 409)).toHaveLength(19);
    const winner = approvers[statuses.indexOf(200)]!.user.id;
    const history = await first
      .http()
      .get(`/api/claims/${claim.id}/verdicts`)
      .set('Cookie', as.viewer.cookie)
      .expect(200);
    expect(history.body).toHaveLength(1);
    expect(history.body[0].approvedBy).toBe(winner);
    expect(await getClaim(first, as.viewer.cookie, claim.id)).toMatchObject({
      state: 'approved',
      version: version + 1,
    });
    expect(await auditCount(first, claim.id, 'claim.approve')).toBe(1);
  });

  it('two servers editing one claim concurrently lose no update', async () => {
    const claim = claims[1]!;
    const workers = 2;
    const writesEach = 3;
    const start = (await getClaim(first, as.viewer.cookie, claim.id)).version;
    const editors = await roleSessions(first);
    const assignees = [as.checker.user.id, editors.checker.user.id, as.editor.user.id];

    /** Read, write at that version, and on VERSION_CONFLICT read again: the classic optimistic-lock client. */
    const worker = async (server: TestApp, cookie: string, seed: number) => {
      let conflicts = 0;
      for (let done = 0; done < writesEach;) {
        const current = await getClaim(server, cookie, claim.id);
        const answer = await server
          .http()
          .post(`/api/claims/${claim.id}/assign`)
          .set('Cookie', cookie)
          .send({ version: current.version, assigneeId: assignees[(seed + done) % assignees.length] });
        if (answer.status === 200) done += 1;
        else if (answer.status === 409 && answer.body.code === 'VERSION_CONFLICT') conflicts += 1;
        else throw new Error(`unexpected ${answer.status}: ${JSON.stringify(answer.body)}`);
      }
      return conflicts;
    };
    await Promise.all(
      Array.from({ length: workers * 2 }, (_unused, index) =>
        worker(index % 2 === 0 ? first : second, index % 4 < 2 ? as.editor.cookie : as.admin.cookie, index),
      ),
    );
    const total = workers * 2 * writesEach;
    const final = await getClaim(second, as.viewer.cookie, claim.id);
    expect(final.version).toBe(start + total);
    expect(await auditCount(first, claim.id, 'claim.assign')).toBe(total);
  });
});
