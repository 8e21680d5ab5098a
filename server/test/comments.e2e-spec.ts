import { randomUUID } from 'node:crypto';
import { ROLES, type ClaimDto, type Role } from '@claimdesk/shared';
import { DataSource } from 'typeorm';
import { claimsOf, makeArticle, roleSessions, type RoleSession } from './support/articles';
import { ROLE_CASES } from './support/factories';
import { startTestApp, type TestApp } from './support/test-app';

describe('comments: /api/claims/:id/comments, /api/comments/:id', () => {
  let testApp: TestApp;
  let sessions: Record<Role, RoleSession>;
  let claim: ClaimDto;

  beforeAll(async () => {
    testApp = await startTestApp();
    sessions = await roleSessions(testApp);
    const { article } = await makeArticle(testApp, sessions.editor.user.id);
    [claim] = await claimsOf(testApp, article.id, sessions.editor.user);
  });
  afterAll(() => testApp.close());

  const as = (role: Role) => sessions[role].cookie;
  const post = (role: Role, body: unknown) =>
    testApp
      .http()
      .post(`/api/claims/${claim.id}/comments`)
      .set('Cookie', as(role))
      .send(body as object);

  describe('access', () => {
    it.each(ROLE_CASES['comments.read'])(
      'GET the thread as $actor',
      async ({ actor, allowed, deniedStatus }) => {
        const call = testApp.http().get(`/api/claims/${claim.id}/comments`);
        if (actor !== 'anonymous') void call.set('Cookie', as(actor));
        await call.expect(allowed ? 200 : deniedStatus!);
      },
    );

    it.each(ROLE_CASES['comments.write'])(
      'POST a comment as $actor',
      async ({ actor, allowed, deniedStatus }) => {
        const call = testApp
          .http()
          .post(`/api/claims/${claim.id}/comments`)
          .send({ body: `from ${actor}` });
        if (actor !== 'anonymous') void call.set('Cookie', as(actor));
        const response = await call.expect(allowed ? 201 : deniedStatus!);
        if (!allowed)
          expect(response.body.code).toBe(actor === 'anonymous' ? 'UNAUTHENTICATED' : 'FORBIDDEN');
      },
    );

    it('lets only the author edit or delete', async () => {
      const { body: comment } = await post('checker', { body: 'mine' }).expect(201);
      for (const role of ROLES.filter((r) => r !== 'checker' && r !== 'viewer')) {
        const edit = await testApp
          .http()
          .patch(`/api/comments/${comment.id}`)
          .set('Cookie', as(role))
          .send({ body: 'x' });
        expect([edit.status, edit.body.code]).toEqual([403, 'FORBIDDEN']);
        const remove = await testApp.http().delete(`/api/comments/${comment.id}`).set('Cookie', as(role));
        expect([remove.status, remove.body.code]).toEqual([403, 'FORBIDDEN']);
      }
      await testApp.http().patch(`/api/comments/${comment.id}`).send({ body: 'x' }).expect(401);
    });
  });

  describe('behaviour', () => {
    it('posts, lists oldest first with author names, and audits the post', async () => {
      const first = (await post('checker', { body: 'The figure is from 2023.' }).expect(201)).body;
      const second = (await post('editor', { body: 'Agreed, check the ministry table.' }).expect(201)).body;
      expect(first).toMatchObject({
        claimId: claim.id,
        articleId: claim.articleId,
        author: { id: sessions.checker.user.id, displayName: sessions.checker.user.displayName },
        body: 'The figure is from 2023.',
        deleted: false,
        edited: false,
        version: 1,
      });
      const { body: thread } = await testApp
        .http()
        .get(`/api/claims/${claim.id}/comments`)
        .set('Cookie', as('viewer'))
        .expect(200);
      const ids = thread.items.map((c: { id: string }) => c.id);
      expect(ids.indexOf(first.id)).toBeLessThan(ids.indexOf(second.id));

      const { body: trail } = await testApp
        .http()
        .get(`/api/claims/${claim.id}/audit`)
        .set('Cookie', as('editor'))
        .expect(200);
      expect(trail.items.find((e: { targetId: string }) => e.targetId === first.id)).toMatchObject({
        action: 'comment.create',
        targetType: 'comment',
        claimId: claim.id,
        articleId: claim.articleId,
        actor: { id: sessions.checker.user.id },
        after: { body: 'The figure is from 2023.' },
      });
    });

    it('edits keep every earlier text in the history and in the audit trail', async () => {
      const { body: comment } = await post('checker', { body: 'draft one' }).expect(201);
      const edited = (
        await testApp
          .http()
          .patch(`/api/comments/${comment.id}`)
          .set('Cookie', as('checker'))
          .send({ body: 'draft two', version: 1 })
          .expect(200)
      ).body;
      expect(edited).toMatchObject({ body: 'draft two', edited: true, version: 2 });
      await testApp
        .http()
        .patch(`/api/comments/${comment.id}`)
        .set('Cookie', as('checker'))
        .send({ body: 'draft three' })
        .expect(200);

      const { body: history } = await testApp
        .http()
        .get(`/api/comments/${comment.id}/history`)
        .set('Cookie', as('viewer'))
        .expect(200);
      expect(history.revisions.map((r: { revision: number; body: string }) => [r.revision, r.body])).toEqual([
        [1, 'draft one'],
        [2, 'draft two'],
        [3, 'draft three'],
      ]);
      const { body: trail } = await testApp
        .http()
        .get(`/api/audit?action=comment.update`)
        .set('Cookie', as('admin'))
        .expect(200);
      expect(
        trail.items
          .filter((e: { targetId: string }) => e.targetId === comment.id)
          .map((e: { before: unknown }) => e.before),
      ).toEqual([{ body: 'draft two' }, { body: 'draft one' }]);
    });

    it('a stale version answers 409 VERSION_CONFLICT', async () => {
      const { body: comment } = await post('checker', { body: 'v1' }).expect(201);
      await testApp
        .http()
        .patch(`/api/comments/${comment.id}`)
        .set('Cookie', as('checker'))
        .send({ body: 'v2', version: 1 })
        .expect(200);
      const stale = await testApp
        .http()
        .patch(`/api/comments/${comment.id}`)
        .set('Cookie', as('checker'))
        .send({ body: 'v2b', version: 1 });
      expect([stale.status, stale.body.code]).toEqual([409, 'VERSION_CONFLICT']);
    });

    it('delete is soft: the thread shows it as deleted, without text; it cannot be changed again', async () => {
      const { body: comment } = await post('editor', { body: 'Oops, wrong claim.' }).expect(201);
      const { body: deleted } = await testApp
        .http()
        .delete(`/api/comments/${comment.id}`)
        .set('Cookie', as('editor'))
        .expect(200);
      expect(deleted).toMatchObject({ id: comment.id, deleted: true, body: null });
      const { body: thread } = await testApp
        .http()
        .get(`/api/claims/${claim.id}/comments`)
        .set('Cookie', as('viewer'))
        .expect(200);
      expect(thread.items.find((c: { id: string }) => c.id === comment.id)).toMatchObject({
        deleted: true,
        body: null,
      });
      const again = await testApp
        .http()
        .patch(`/api/comments/${comment.id}`)
        .set('Cookie', as('editor'))
        .send({ body: 'back' });
      expect([again.status, again.body.code]).toEqual([409, 'CONFLICT']);
      // The deleted text stays readable for editors (history, audit), not for everyone.
      await testApp.http().get(`/api/comments/${comment.id}/history`).set('Cookie', as('viewer')).expect(403);
      await testApp.http().get(`/api/comments/${comment.id}/history`).set('Cookie', as('admin')).expect(200);
      const { body: trail } = await testApp
        .http()
        .get(`/api/audit?action=comment.delete`)
        .set('Cookie', as('admin'))
        .expect(200);
      expect(trail.items[0]).toMatchObject({ targetId: comment.id, before: { body: 'Oops, wrong claim.' } });
    });

    it('after the edit window the author can no longer edit or delete', async () => {
      const { body: comment } = await post('checker', { body: 'old news' }).expect(201);
      const longAgo = new Date(Date.now() - 16 * 60_000);
      await testApp.app
        .get(DataSource)
        .query(
          `UPDATE comments SET created_at = ${testApp.database.kind === 'postgres' ? '$1' : '?'} WHERE id = ${testApp.database.kind === 'postgres' ? '$2' : '?'}`,
          [
            testApp.database.kind === 'postgres'
              ? longAgo
              : longAgo.toISOString().replace('T', ' ').replace('Z', ''),
            comment.id,
          ],
        );
      const edit = await testApp
        .http()
        .patch(`/api/comments/${comment.id}`)
        .set('Cookie', as('checker'))
        .send({ body: 'late' });
      expect([edit.status, edit.body.code]).toEqual([409, 'CONFLICT']);
      expect(edit.body.details.editableUntil).toBeDefined();
      await testApp.http().delete(`/api/comments/${comment.id}`).set('Cookie', as('checker')).expect(409);
    });

    it('every comment mutation leaves the audit chain verifiable', async () => {
      const { body } = await testApp.http().post('/api/audit/verify').set('Cookie', as('admin')).expect(200);
      expect(body).toMatchObject({ ok: true, firstBrokenEntry: null });
      expect(body.checked).toBeGreaterThan(5);
    });
  });

  describe('bad input', () => {
    it.each([
      ['no body', {}],
      ['a blank body', { body: '   ' }],
      ['a number', { body: 42 }],
      ['too long', { body: 'x'.repeat(10_001) }],
      ['an unknown field', { body: 'ok', pinned: true }],
    ])('POST with %s answers 400 VALIDATION_FAILED', async (_label, payload) => {
      const response = await post('checker', payload);
      expect([response.status, response.body.code]).toEqual([400, 'VALIDATION_FAILED']);
    });

    it('PATCH with a bad version answers 400', async () => {
      const { body: comment } = await post('checker', { body: 'x' }).expect(201);
      const response = await testApp
        .http()
        .patch(`/api/comments/${comment.id}`)
        .set('Cookie', as('checker'))
        .send({ body: 'y', version: 'one' });
      expect([response.status, response.body.code]).toEqual([400, 'VALIDATION_FAILED']);
    });

    it('unknown claims and comments answer 404 NOT_FOUND', async () => {
      const missing = randomUUID();
      for (const call of [
        testApp.http().get(`/api/claims/${missing}/comments`).set('Cookie', as('viewer')),
        testApp
          .http()
          .post(`/api/claims/${missing}/comments`)
          .set('Cookie', as('checker'))
          .send({ body: 'x' }),
        testApp.http().patch(`/api/comments/${missing}`).set('Cookie', as('checker')).send({ body: 'x' }),
        testApp.http().delete(`/api/comments/${missing}`).set('Cookie', as('checker')),
        testApp.http().get(`/api/comments/${missing}/history`).set('Cookie', as('viewer')),
      ]) {
        const response = await call;
        expect([response.status, response.body.code]).toEqual([404, 'NOT_FOUND']);
      }
    });

    it('ids that are not UUIDs answer 400 naming the id, like every other route', async () => {
      for (const call of [
        testApp
          .http()
          .get(`/api/comments/not-a-uuid-${'x'.repeat(60)}/history`)
          .set('Cookie', as('viewer')),
        testApp.http().get('/api/claims/nope/comments').set('Cookie', as('viewer')),
      ]) {
        const response = await call;
        expect([response.status, response.body.code]).toEqual([400, 'VALIDATION_FAILED']);
      }
    });
  });
});
