import type { ClaimDto, MyClaimsDto, Role } from '@claimdesk/shared';
import { claimsOf, makeArticle, roleSessions } from './support/articles';
import { makeUser, ROLE_CASES } from './support/factories';
import { getClaim, reviewSuite, step } from './support/reviews';
import { UsersService } from '../src/users/users.service';

const MISSING = '00000000-0000-4000-8000-000000000000';

describe('assignment API', () => {
  const desk = reviewSuite();
  const { freshClaim } = desk;
  const call = (method: 'get' | 'post', path: string, actor: Role | 'anonymous') => {
    const request = desk.testApp.http()[method](path);
    return actor === 'anonymous' ? request : request.set('Cookie', desk.as[actor].cookie);
  };
  const refusal = async (pending: Promise<{ status: number; body: { code?: string } }>) => {
    const response = await pending;
    return { status: response.status, code: response.body.code };
  };

  describe('access', () => {
    it.each(ROLE_CASES['claims.assign'])('assign as $actor', async ({ actor, deniedStatus }) => {
      const claim = await freshClaim();
      const response = await call('post', `/api/claims/${claim.id}/assign`, actor).send({
        version: claim.version,
        assigneeId: desk.as.checker.user.id,
      });
      expect(response.status).toBe(deniedStatus ?? 200);
    });

    it.each(ROLE_CASES['claims.take'])('take and unassign as $actor', async ({ actor, deniedStatus }) => {
      const claim = await freshClaim();
      const taken = await call('post', `/api/claims/${claim.id}/take`, actor).send({
        version: claim.version,
      });
      expect(taken.status).toBe(deniedStatus ?? 200);
      const version = deniedStatus ? claim.version : claim.version + 1;
      const released = await call('post', `/api/claims/${claim.id}/unassign`, actor).send({ version });
      expect(released.status).toBe(deniedStatus ?? 200);
    });

    it.each(ROLE_CASES['claims.read'])('my claims as $actor', async ({ actor, deniedStatus }) => {
      expect((await call('get', '/api/me/claims', actor)).status).toBe(deniedStatus ?? 200);
    });

    it('lets a checker unassign only themself', async () => {
      const claim = await freshClaim();
      const assigned = await call('post', `/api/claims/${claim.id}/assign`, 'editor')
        .send({ version: claim.version, assigneeId: desk.as.editor.user.id })
        .expect(200);
      const answer = await refusal(
        call('post', `/api/claims/${claim.id}/unassign`, 'checker').send({ version: assigned.body.version }),
      );
      expect(answer).toEqual({ status: 403, code: 'NOT_ASSIGNEE' });
    });
  });

  describe('behaviour', () => {
    it('assigns, reassigns and unassigns, bumping the version each time', async () => {
      const claim = await freshClaim();
      const first = await call('post', `/api/claims/${claim.id}/assign`, 'editor')
        .send({ version: claim.version, assigneeId: desk.as.checker.user.id })
        .expect(200);
      expect(first.body).toMatchObject({ assigneeId: desk.as.checker.user.id, version: claim.version + 1 });
      const second = await call('post', `/api/claims/${claim.id}/assign`, 'admin')
        .send({ version: first.body.version, assigneeId: desk.as.editor.user.id })
        .expect(200);
      expect(second.body.assigneeId).toBe(desk.as.editor.user.id);
      const released = await call('post', `/api/claims/${claim.id}/unassign`, 'editor')
        .send({ version: second.body.version })
        .expect(200);
      expect(released.body.assigneeId).toBeNull();
      const again = await refusal(
        call('post', `/api/claims/${claim.id}/unassign`, 'editor').send({ version: released.body.version }),
      );
      expect(again).toEqual({ status: 409, code: 'CONFLICT' });
    });

    it('refuses assigning to a viewer, an inactive or unknown user with 422', async () => {
      const claim = await freshClaim();
      const { user: leaver } = await makeUser(desk.testApp, 'checker');
      await desk.testApp.app.get(UsersService).deactivate(leaver.id, desk.as.admin.user.id);
      for (const assigneeId of [desk.as.viewer.user.id, leaver.id, MISSING]) {
        const answer = await refusal(
          call('post', `/api/claims/${claim.id}/assign`, 'editor').send({
            version: claim.version,
            assigneeId,
          }),
        );
        expect(answer).toEqual({ status: 422, code: 'UNPROCESSABLE' });
      }
    });

    it('take refuses a claim someone holds; a stale version gets VERSION_CONFLICT', async () => {
      const claim = await freshClaim();
      const taken = await call('post', `/api/claims/${claim.id}/take`, 'checker')
        .send({ version: claim.version })
        .expect(200);
      expect(taken.body.assigneeId).toBe(desk.as.checker.user.id);
      expect(
        await refusal(
          call('post', `/api/claims/${claim.id}/take`, 'editor').send({ version: taken.body.version }),
        ),
      ).toEqual({
        status: 409,
        code: 'CONFLICT',
      });
      expect(
        await refusal(
          call('post', `/api/claims/${claim.id}/take`, 'editor').send({ version: claim.version }),
        ),
      ).toEqual({
        status: 409,
        code: 'VERSION_CONFLICT',
      });
    });

    it('refuses assignment on a dismissed claim', async () => {
      const claim = await freshClaim();
      await call('post', `/api/claims/${claim.id}/dismiss`, 'editor')
        .send({ version: claim.version, reason: 'Opinion' })
        .expect(200);
      const answer = await refusal(
        call('post', `/api/claims/${claim.id}/assign`, 'editor').send({
          version: claim.version + 1,
          assigneeId: desk.as.checker.user.id,
        }),
      );
      expect(answer).toEqual({ status: 409, code: 'CLAIM_TRANSITION_NOT_ALLOWED' });
    });

    it('lists my claims across articles with counts per state, filterable by state', async () => {
      const me = await roleSessions(desk.testApp);
      const other = await makeArticle(desk.testApp, desk.as.admin.user.id);
      const [a, b] = [
        await freshClaim(),
        (await claimsOf(desk.testApp, other.article.id, desk.as.admin.user))[0]!,
      ];
      await step(desk.testApp, me.checker.cookie, a.id, 'start-research');
      await call('post', `/api/claims/${b.id}/assign`, 'editor')
        .send({ version: b.version, assigneeId: me.checker.user.id })
        .expect(200);
      const all = (
        await desk.testApp.http().get('/api/me/claims').set('Cookie', me.checker.cookie).expect(200)
      ).body as MyClaimsDto;
      expect(all.items.map((claim) => claim.id).sort()).toEqual([a.id, b.id].sort());
      expect(all.counts).toMatchObject({ detected: 1, in_research: 1, approved: 0 });
      const researching = await desk.testApp
        .http()
        .get('/api/me/claims?state=in_research')
        .set('Cookie', me.checker.cookie)
        .expect(200);
      expect(researching.body.items.map((claim: ClaimDto) => claim.id)).toEqual([a.id]);
      expect((await getClaim(desk.testApp, me.checker.cookie, a.id)).assigneeId).toBe(me.checker.user.id);
    });
    it('pages my claims with a cursor, naming the articles of each page', async () => {
      const me = await roleSessions(desk.testApp);
      const articles = [
        (await makeArticle(desk.testApp, desk.as.admin.user.id, { title: 'Summit, first take' })).article,
        (await makeArticle(desk.testApp, desk.as.admin.user.id, { title: 'Summit, second take' })).article,
      ];
      const picked = [
        ...(await claimsOf(desk.testApp, articles[0]!.id, desk.as.admin.user)).slice(0, 3),
        ...(await claimsOf(desk.testApp, articles[1]!.id, desk.as.admin.user)).slice(0, 2),
      ];
      for (const claim of picked) {
        await call('post', `/api/claims/${claim.id}/assign`, 'editor')
          .send({ version: claim.version, assigneeId: me.checker.user.id })
          .expect(200);
      }
      const pages: MyClaimsDto[] = [];
      let cursor: string | null = null;
      do {
        const query: string = cursor === null ? '' : `&cursor=${encodeURIComponent(cursor)}`;
        const response = await desk.testApp
          .http()
          .get(`/api/me/claims?limit=2${query}`)
          .set('Cookie', me.checker.cookie)
          .expect(200);
        const page = response.body as MyClaimsDto;
        pages.push(page);
        cursor = page.nextCursor;
      } while (cursor !== null && pages.length < 10);

      expect(pages.map((page) => page.items.length)).toEqual([2, 2, 1]);
      const seen = pages.flatMap((page) => page.items);
      expect(seen.map((claim) => claim.id).sort()).toEqual(picked.map((claim) => claim.id).sort());
      const newestFirst = [...seen].sort(
        (x, y) => y.updatedAt.localeCompare(x.updatedAt) || x.id.localeCompare(y.id),
      );
      expect(seen.map((claim) => claim.id)).toEqual(newestFirst.map((claim) => claim.id));
      const titles = new Map(articles.map((article) => [article.id, article.title]));
      for (const page of pages) {
        // Counts are of everything assigned, whatever the page size.
        expect(Object.values(page.counts).reduce((sum, count) => sum + count, 0)).toBe(5);
        const pageArticles = [...new Set(page.items.map((claim) => claim.articleId))].sort();
        expect(Object.keys(page.articleTitles).sort()).toEqual(pageArticles);
        for (const id of pageArticles) expect(page.articleTitles[id]).toBe(titles.get(id));
      }
    });
  });

  describe('bad input', () => {
    it.each([
      ['missing assigneeId', { version: 1 }],
      ['assigneeId not a uuid', { version: 1, assigneeId: 'bob' }],
      ['version missing', { assigneeId: MISSING }],
      ['unknown field', { version: 1, assigneeId: MISSING, state: 'approved' }],
    ])('assign with %s → 400', async (_label, body) => {
      const answer = await refusal(call('post', `/api/claims/${desk.probe.id}/assign`, 'editor').send(body));
      expect(answer).toEqual({ status: 400, code: 'VALIDATION_FAILED' });
    });

    it('take and unassign without a version, unknown states and unknown claims', async () => {
      for (const action of ['take', 'unassign']) {
        expect(
          await refusal(call('post', `/api/claims/${desk.probe.id}/${action}`, 'editor').send({})),
        ).toEqual({
          status: 400,
          code: 'VALIDATION_FAILED',
        });
        expect(
          await refusal(call('post', `/api/claims/${MISSING}/${action}`, 'editor').send({ version: 1 })),
        ).toEqual({
          status: 404,
          code: 'NOT_FOUND',
        });
      }
      expect(await refusal(call('get', '/api/me/claims?state=finished', 'checker'))).toEqual({
        status: 400,
        code: 'VALIDATION_FAILED',
      });
    });

    it.each([
      ['limit 0', 'limit=0'],
      ['limit over 500', 'limit=501'],
      ['limit not a number', 'limit=ten'],
      ['a made-up cursor', 'cursor=not-a-cursor'],
      ['an overlong cursor', `cursor=${'x'.repeat(1001)}`],
    ])('my claims with %s → 400', async (_label, query) => {
      expect(await refusal(call('get', `/api/me/claims?${query}`, 'checker'))).toEqual({
        status: 400,
        code: 'VALIDATION_FAILED',
      });
    });
  });
});
