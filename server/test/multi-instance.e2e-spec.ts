import { type ClaimDto, type Role } from '@claimdesk/shared';
import { claimsOf, makeArticle, roleSessions, type RoleSession } from './support/articles';
import { SseClient } from './support/sse';
import { SharedRedis } from '../src/redis/shared-redis';
import { makeUser } from './support/factories';
import { startTestApp, type TestApp } from './support/test-app';

const REDIS_URL = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';

/**
 * Two server processes behind one load balancer: the same database (PostgreSQL under `npm run test:postgres`,
 * one shared SQLite file otherwise) and Redis pub/sub. An event caused through one reaches the other's clients.
 */
describe('multi-instance: two apps, one database, Redis pub/sub', () => {
  let first: TestApp;
  let second: TestApp;
  let sessions: Record<Role, RoleSession>;
  let claim: ClaimDto;
  const clients: SseClient[] = [];

  beforeAll(async () => {
    first = await startTestApp({ REDIS_URL });
    second = await startTestApp({ REDIS_URL }, { database: first.database });
    sessions = await roleSessions(first);
    const { article } = await makeArticle(first, sessions.editor.user.id);
    [claim] = await claimsOf(first, article.id, sessions.editor.user);
  }, 30_000);
  afterEach(() => clients.splice(0).forEach((client) => client.close()));
  afterAll(async () => {
    await second?.close();
    await first?.close();
  });

  const listen = async (app: TestApp, path: string) => {
    const client = await SseClient.open(`${app.url}${path}`, { Cookie: sessions.viewer.cookie });
    clients.push(client);
    expect(client.status).toBe(200);
    await client.waitFor(() => client.comments.includes('connected'));
    return client;
  };

  it(`runs both apps on the same ${process.env.DATABASE_URL ? 'PostgreSQL database' : 'SQLite file'}`, () => {
    expect(second.database).toBe(first.database);
    expect(first.config.redisUrl).toBe(REDIS_URL);
    expect(second.config.database).toEqual(first.config.database);
  });

  it('a comment posted through one app reaches an SSE client of the other, once', async () => {
    const onSecond = await listen(second, `/api/articles/${claim.articleId}/events`);
    const onFirst = await listen(first, '/api/events');
    const { body: comment } = await first
      .http()
      .post(`/api/claims/${claim.id}/comments`)
      .set('Cookie', sessions.checker.cookie)
      .send({ body: 'Seen from the other server' })
      .expect(201);

    const isThisComment = (event: { data?: unknown }) => (event.data as { id?: string }).id === comment.id;
    const received = await onSecond.waitForEvent('comment.created', isThisComment, 2000);
    expect(received).toMatchObject({
      claimId: claim.id,
      actor: { id: sessions.checker.user.id },
      data: { body: 'Seen from the other server' },
    });
    await onFirst.waitForEvent('comment.created', isThisComment, 2000);
    // The publishing app delivers locally and ignores its own echo from Redis: exactly one copy each.
    await new Promise((resolve) => setTimeout(resolve, 300));
    const copies = (client: SseClient) =>
      client.messages.filter((m) => m.event === 'comment.created' && isThisComment(JSON.parse(m.data)))
        .length;
    expect([copies(onFirst), copies(onSecond)]).toEqual([1, 1]);
  });

  it('both apps see one chain: comments through either app verify as one audit trail', async () => {
    const before = await first
      .http()
      .post('/api/audit/verify')
      .set('Cookie', sessions.admin.cookie)
      .expect(200);
    await second
      .http()
      .post(`/api/claims/${claim.id}/comments`)
      .set('Cookie', sessions.editor.cookie)
      .send({ body: 'From two' })
      .expect(201);
    await first
      .http()
      .post(`/api/claims/${claim.id}/comments`)
      .set('Cookie', sessions.editor.cookie)
      .send({ body: 'From one' })
      .expect(201);
    const { body } = await second
      .http()
      .post('/api/audit/verify')
      .set('Cookie', sessions.admin.cookie)
      .expect(200);
    // Setting up (users, the article, its claims) is audited too; the two comments add exactly two entries.
    expect(body).toMatchObject({ ok: true, checked: before.body.checked + 2, firstBrokenEntry: null });
  });
});

/**
 * With REDIS_URL, limits are counted in Redis: a client cannot multiply its allowance by the number of
 * processes behind the load balancer.
 */
describe('multi-instance: limits shared through Redis', () => {
  let first: TestApp;
  let second: TestApp;

  beforeAll(async () => {
    const env = {
      REDIS_URL,
      RATE_LIMIT_PER_MINUTE: '6',
      LOGIN_MAX_FAILURES_PER_ACCOUNT: '2',
      LOGIN_MAX_FAILURES_PER_ADDRESS: '1000',
    };
    first = await startTestApp(env);
    second = await startTestApp(env, { database: first.database });
  }, 30_000);
  afterAll(async () => {
    await second?.close();
    await first?.close();
  });

  it('counts failed logins for an account across both apps', async () => {
    const { user, password } = await makeUser(first, 'checker');
    const login = (app: TestApp, secret: string) =>
      app.http().post('/api/auth/login').send({ email: user.email, password: secret });
    await login(first, 'wrong-password').expect(401);
    await login(second, 'wrong-password').expect(401);
    // Locked on both, even with the right password (each app alone has seen one failure).
    const refused = await login(first, password).expect(429);
    expect(refused.body.code).toBe('TOO_MANY_REQUESTS');
    await login(second, password).expect(429);
  });

  it('counts the API rate limit per address across both apps', async () => {
    // Six a minute per address and route; three through each app leaves neither over the limit alone.
    for (let i = 0; i < 3; i += 1) {
      await first.http().get('/api/health').expect(200);
      await second.http().get('/api/health').expect(200);
    }
    const refused = await first.http().get('/api/health').expect(429);
    expect(refused.body.code).toBe('TOO_MANY_REQUESTS');
    expect(Number(refused.headers['retry-after'])).toBeGreaterThan(0);
    await second.http().get('/api/health').expect(429);
  });

  it('keeps answering when Redis goes away, counting in each process until it is back', async () => {
    // Last in this file: it cuts the first app's shared connections for good.
    const redis = first.app.get(SharedRedis);
    redis.client?.disconnect();
    redis.throttleClient?.disconnect();
    // The shared count had this address at its limit; on its own, the first app has room again.
    await first.http().get('/api/health').expect(200);
    const { user, password } = await makeUser(first, 'viewer');
    await first.http().post('/api/auth/login').send({ email: user.email, password: 'wrong' }).expect(401);
    await first.http().post('/api/auth/login').send({ email: user.email, password }).expect(200);
  });
});
