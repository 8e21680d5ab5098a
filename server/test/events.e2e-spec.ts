import { randomUUID } from 'node:crypto';
import { type ClaimDto, type Role } from '@claimdesk/shared';
import { EventBus } from '../src/events/event-bus';
import { claimsOf, makeArticle, roleSessions, type RoleSession } from './support/articles';
import { UsersService } from '../src/users/users.service';
import { makeUser, ROLE_CASES, sessionCookie } from './support/factories';
import { SseClient } from './support/sse';
import { startTestApp, type TestApp } from './support/test-app';

describe('live updates: GET /api/articles/:id/events, GET /api/events (SSE, in-process bus)', () => {
  let testApp: TestApp;
  let sessions: Record<Role, RoleSession>;
  let claim: ClaimDto;
  const open: SseClient[] = [];

  const stream = async (path: string, role: Role | 'anonymous', headers: Record<string, string> = {}) => {
    const cookie: Record<string, string> = role === 'anonymous' ? {} : { Cookie: sessions[role].cookie };
    const client = await SseClient.open(`${testApp.url}${path}`, { ...cookie, ...headers });
    open.push(client);
    return client;
  };

  beforeAll(async () => {
    testApp = await startTestApp();
    sessions = await roleSessions(testApp);
    const { article } = await makeArticle(testApp, sessions.editor.user.id);
    [claim] = await claimsOf(testApp, article.id, sessions.editor.user);
  });
  afterEach(() => open.splice(0).forEach((client) => client.close()));
  afterAll(() => testApp.close());

  describe('access', () => {
    it.each(ROLE_CASES['claims.read'])(
      'opens both streams as $actor',
      async ({ actor, allowed, deniedStatus }) => {
        for (const path of [`/api/articles/${claim.articleId}/events`, '/api/events']) {
          const client = await stream(path, actor);
          expect(client.status).toBe(allowed ? 200 : deniedStatus);
          if (allowed) await client.waitFor(() => client.comments.includes('connected'));
        }
      },
    );
  });

  describe('behaviour', () => {
    it('answers with an uncompressed, unbuffered event stream', async () => {
      const client = await stream('/api/events', 'viewer', { 'Accept-Encoding': 'gzip, br' });
      expect(client.response.headers['content-type']).toMatch(/^text\/event-stream/);
      expect(client.response.headers['content-encoding']).toBeUndefined();
      expect(client.response.headers['cache-control']).toMatch(/no-transform/);
      expect(client.response.headers['x-accel-buffering']).toBe('no');
    });

    it('delivers a published event to the article stream and the global stream within a second', async () => {
      const articleStream = await stream(`/api/articles/${claim.articleId}/events`, 'viewer');
      const globalStream = await stream('/api/events', 'editor');
      await Promise.all(
        [articleStream, globalStream].map((c) => c.waitFor(() => c.comments.includes('connected'))),
      );

      const sentAt = Date.now();
      await testApp.app.get(EventBus).publish({
        type: 'claim.updated',
        articleId: claim.articleId,
        claimId: claim.id,
        actor: { id: sessions.editor.user.id, displayName: sessions.editor.user.displayName },
        data: { state: 'in_research' },
      });
      const received = await articleStream.waitForEvent('claim.updated', (e) => e.claimId === claim.id, 1000);
      expect(Date.now() - sentAt).toBeLessThan(1000);
      expect(received).toMatchObject({
        articleId: claim.articleId,
        data: { state: 'in_research' },
        actor: { id: sessions.editor.user.id },
      });
      expect(received.id).toEqual(expect.any(String));
      expect(received.at).toEqual(expect.any(String));
      await globalStream.waitForEvent('claim.updated', (e) => e.claimId === claim.id, 1000);
    });

    it("an article stream does not carry other articles' events", async () => {
      const articleStream = await stream(`/api/articles/${claim.articleId}/events`, 'viewer');
      await articleStream.waitFor(() => articleStream.comments.includes('connected'));
      const bus = testApp.app.get(EventBus);
      await bus.publish({ type: 'article.updated', articleId: randomUUID(), actor: null });
      await bus.publish({ type: 'article.updated', articleId: claim.articleId, actor: null });
      await articleStream.waitForEvent('article.updated');
      expect(articleStream.messages.map((m) => JSON.parse(m.data).articleId)).toEqual([claim.articleId]);
    });

    it('posting a comment reaches the open streams as comment.created', async () => {
      const articleStream = await stream(`/api/articles/${claim.articleId}/events`, 'viewer');
      await articleStream.waitFor(() => articleStream.comments.includes('connected'));
      const { body: comment } = await testApp
        .http()
        .post(`/api/claims/${claim.id}/comments`)
        .set('Cookie', sessions.checker.cookie)
        .send({ body: 'Live!' })
        .expect(201);
      const event = await articleStream.waitForEvent(
        'comment.created',
        (e) => (e.data as { id: string }).id === comment.id,
        1000,
      );
      expect(event).toMatchObject({
        claimId: claim.id,
        actor: { id: sessions.checker.user.id },
        data: { body: 'Live!' },
      });
    });

    it('closing the app ends open streams instead of hanging', async () => {
      const other = await startTestApp({}, { database: testApp.database });
      const cookie = await sessionCookie(other, sessions.viewer.user.id);
      const client = await SseClient.open(`${other.url}/api/events`, { Cookie: cookie });
      await client.waitFor(() => client.comments.includes('connected'));
      const articleClient = await SseClient.open(`${other.url}/api/articles/${claim.articleId}/events`, {
        Cookie: cookie,
      });
      await articleClient.waitFor(() => articleClient.comments.includes('connected'));
      const startedClosing = Date.now();
      await other.close();
      // Well under Node's 5 s keep-alive timeout, which an SSE socket left open would have cost.
      expect(Date.now() - startedClosing).toBeLessThan(2000);
      await client.waitForEnd(1000);
      await articleClient.waitForEnd(1000);
      expect(client.ended && articleClient.ended).toBe(true);
    }, 20_000);
  });

  describe('bad input', () => {
    it('an unknown article answers 404 NOT_FOUND', async () => {
      const client = await stream(`/api/articles/${randomUUID()}/events`, 'viewer');
      expect(client.status).toBe(404);
      expect(JSON.parse(await client.body())).toMatchObject({ code: 'NOT_FOUND' });
    });

    it('a request that does not accept text/event-stream answers 400 instead of a never-ending body', async () => {
      const response = await testApp
        .http()
        .get('/api/events')
        .set('Cookie', sessions.viewer.cookie)
        .set('Accept', 'application/json');
      expect([response.status, response.body.code]).toEqual([400, 'VALIDATION_FAILED']);
    });
  });
});

describe('live updates end with their session', () => {
  let testApp: TestApp;
  let articleId: string;
  const open: SseClient[] = [];

  beforeAll(async () => {
    testApp = await startTestApp({ LIVE_HEARTBEAT_SECONDS: '1' });
    const editor = await makeUser(testApp, 'editor');
    articleId = (await makeArticle(testApp, editor.user.id)).article.id;
  });
  afterEach(() => open.splice(0).forEach((client) => client.close()));
  afterAll(() => testApp.close());

  async function connected(path: string, cookie: string): Promise<SseClient> {
    const client = await SseClient.open(`${testApp.url}${path}`, { Cookie: cookie });
    open.push(client);
    await client.waitFor(() => client.comments.includes('connected'));
    return client;
  }

  it('keeps a stream open with heartbeats while its session lives', async () => {
    const { user } = await makeUser(testApp, 'viewer');
    const client = await connected('/api/events', await sessionCookie(testApp, user.id));
    await client.waitFor(() => client.comments.filter((c) => c === 'heartbeat').length >= 2, 5000);
    expect(client.ended).toBe(false);
  });

  it.each([
    ['a logout', 'logout'],
    ['a password reset by an admin', 'reset'],
    ['a deactivation', 'deactivate'],
    ['a password change of their own', 'change'],
  ] as const)('closes both streams at the next heartbeat after %s', async (_label, ending) => {
    const { user, password } = await makeUser(testApp, 'checker');
    const cookie = await sessionCookie(testApp, user.id);
    const streams = [
      await connected('/api/events', cookie),
      await connected(`/api/articles/${articleId}/events`, cookie),
    ];
    const admin = await makeUser(testApp, 'admin');
    if (ending === 'logout') await testApp.http().post('/api/auth/logout').set('Cookie', cookie).expect(204);
    if (ending === 'reset') await testApp.app.get(UsersService).resetPassword(user.id, 'reset by an admin 1');
    if (ending === 'deactivate') await testApp.app.get(UsersService).deactivate(user.id, admin.user.id);
    if (ending === 'change') {
      await testApp
        .http()
        .put('/api/auth/password')
        .set('Cookie', cookie)
        .send({ currentPassword: password, newPassword: 'a changed passphrase 1' })
        .expect(204);
    }
    for (const client of streams) await client.waitForEnd(4000);
    expect(streams.every((client) => client.ended)).toBe(true);
  });
});
