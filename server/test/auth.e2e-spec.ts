import request from 'supertest';
import { DataSource } from 'typeorm';
import { SessionEntity } from '../src/auth/session.entity';
import { UsersService } from '../src/users/users.service';
import { loginAs, makeUser } from './support/factories';
import { startTestApp, type TestApp } from './support/test-app';

function sessionCookieFrom(response: request.Response): string {
  const cookies = ([] as string[]).concat(response.headers['set-cookie'] ?? []);
  const cookie = cookies.find((c) => c.startsWith('claimdesk_session='));
  if (!cookie) throw new Error('no session cookie set');
  return cookie;
}

describe('auth: /api/auth', () => {
  let testApp: TestApp;

  beforeAll(async () => {
    testApp = await startTestApp({ LOGIN_MAX_FAILURES_PER_ADDRESS: '1000' });
  });
  afterAll(() => testApp.close());

  describe('refusals', () => {
    it('answers who-am-I without a session with 401 UNAUTHENTICATED', async () => {
      const response = await testApp.http().get('/api/auth/me').expect(401);
      expect(response.body).toEqual({ code: 'UNAUTHENTICATED', message: expect.any(String) });
    });

    it.each([
      ['garbage', 'claimdesk_session=not-a-token'],
      ['a well-formed but unknown token', `claimdesk_session=${'A'.repeat(43)}`],
      ['an empty cookie', 'claimdesk_session='],
    ])('refuses %s with 401', async (_name, cookie) => {
      const response = await testApp.http().get('/api/auth/me').set('Cookie', cookie).expect(401);
      expect(response.body.code).toBe('UNAUTHENTICATED');
    });

    it('gives the same answer for an unknown email and a wrong password', async () => {
      const { user } = await makeUser(testApp, 'checker');
      const unknown = await testApp
        .http()
        .post('/api/auth/login')
        .send({ email: 'nobody@test.claimdesk.local', password: 'whatever-long' })
        .expect(401);
      const wrong = await testApp
        .http()
        .post('/api/auth/login')
        .send({ email: user.email, password: 'wrong-password' })
        .expect(401);
      expect(unknown.body).toEqual({ code: 'INVALID_CREDENTIALS', message: expect.any(String) });
      expect(wrong.body).toEqual(unknown.body);
      expect(unknown.headers['set-cookie']).toBeUndefined();
    });

    it('refuses a deactivated user with the same answer, even with the right password', async () => {
      const { user, password } = await makeUser(testApp, 'checker');
      const admin = await makeUser(testApp, 'admin');
      await testApp.app.get(UsersService).deactivate(user.id, admin.user.id);
      const response = await testApp
        .http()
        .post('/api/auth/login')
        .send({ email: user.email, password })
        .expect(401);
      expect(response.body.code).toBe('INVALID_CREDENTIALS');
    });
  });

  describe('behaviour', () => {
    it('logs in with a session cookie that is HttpOnly, SameSite=Strict, Path=/ and not Secure over plain HTTP', async () => {
      const { user, password } = await makeUser(testApp, 'editor');
      const response = await testApp
        .http()
        .post('/api/auth/login')
        .send({ email: user.email, password })
        .expect(200);
      expect(response.body).toEqual({ user });
      expect(JSON.stringify(response.body)).not.toMatch(/password|scrypt/i);
      const cookie = sessionCookieFrom(response);
      expect(cookie).toMatch(/^claimdesk_session=[A-Za-z0-9_-]{43};/);
      expect(cookie).toMatch(/; HttpOnly/);
      expect(cookie).toMatch(/; SameSite=Strict/);
      expect(cookie).toMatch(/; Path=\//);
      expect(cookie).not.toMatch(/; Secure/);
    });

    it('accepts the email in any case and with surrounding spaces', async () => {
      const { user, password } = await makeUser(testApp, 'viewer');
      await testApp
        .http()
        .post('/api/auth/login')
        .send({ email: `  ${user.email.toUpperCase()} `, password })
        .expect(200);
    });

    it('tells who is logged in', async () => {
      const { agent, user } = await loginAs(testApp, 'checker');
      const response = await agent.get('/api/auth/me').expect(200);
      expect(response.body).toEqual({ user });
    });

    it('stores only a hash of the session token', async () => {
      const { user, password } = await makeUser(testApp, 'checker');
      const response = await testApp
        .http()
        .post('/api/auth/login')
        .send({ email: user.email, password })
        .expect(200);
      const token = sessionCookieFrom(response).split(';')[0].split('=')[1];
      const rows = await testApp.app.get(DataSource).getRepository(SessionEntity).findBy({ userId: user.id });
      expect(rows).toHaveLength(1);
      expect(rows[0].tokenHash).toMatch(/^[0-9a-f]{64}$/);
      expect(rows[0].tokenHash).not.toContain(token);
    });

    it('logs out: the cookie is cleared and the old token no longer works', async () => {
      const { user, password } = await makeUser(testApp, 'checker');
      const login = await testApp
        .http()
        .post('/api/auth/login')
        .send({ email: user.email, password })
        .expect(200);
      const cookie = sessionCookieFrom(login).split(';')[0];
      await testApp.http().get('/api/auth/me').set('Cookie', cookie).expect(200);
      const logout = await testApp.http().post('/api/auth/logout').set('Cookie', cookie).expect(204);
      expect(sessionCookieFrom(logout)).toMatch(/^claimdesk_session=;.*Expires=Thu, 01 Jan 1970/);
      await testApp.http().get('/api/auth/me').set('Cookie', cookie).expect(401);
    });

    it('lets anyone log out, logged in or not', async () => {
      await testApp.http().post('/api/auth/logout').expect(204);
    });

    it('keeps separate sessions per login, and logging out of one leaves the other', async () => {
      const { user, password } = await makeUser(testApp, 'checker');
      const first = request.agent(testApp.app.getHttpServer());
      const second = request.agent(testApp.app.getHttpServer());
      await first.post('/api/auth/login').send({ email: user.email, password }).expect(200);
      await second.post('/api/auth/login').send({ email: user.email, password }).expect(200);
      await first.post('/api/auth/logout').expect(204);
      await first.get('/api/auth/me').expect(401);
      await second.get('/api/auth/me').expect(200);
    });

    it('ends an expired session', async () => {
      const { agent, user } = await loginAs(testApp, 'checker');
      const sessions = testApp.app.get(DataSource).getRepository(SessionEntity);
      await sessions.update({ userId: user.id }, { expiresAt: new Date(Date.now() - 1000) });
      await agent.get('/api/auth/me').expect(401);
      expect(await sessions.countBy({ userId: user.id })).toBe(0);
    });

    it('slides the expiry forward while the session is used', async () => {
      const { agent, user } = await loginAs(testApp, 'checker');
      const sessions = testApp.app.get(DataSource).getRepository(SessionEntity);
      const soon = new Date(Date.now() + 5 * 60 * 1000);
      await sessions.update({ userId: user.id }, { expiresAt: soon });
      await agent.get('/api/auth/me').expect(200);
      const [row] = await sessions.findBy({ userId: user.id });
      expect(row.expiresAt.getTime()).toBeGreaterThan(Date.now() + 11 * 60 * 60 * 1000);
    });

    it('applies a role change to a session that is already open', async () => {
      const { agent, user } = await loginAs(testApp, 'editor');
      await agent.get('/api/users').expect(200);
      await testApp.app.get(UsersService).update(user.id, { role: 'viewer' });
      await agent.get('/api/users').expect(403);
      expect((await agent.get('/api/auth/me').expect(200)).body.user.role).toBe('viewer');
    });

    it('ends the sessions of a user who is deactivated', async () => {
      const { agent, user } = await loginAs(testApp, 'checker');
      const admin = await makeUser(testApp, 'admin');
      await testApp.app.get(UsersService).deactivate(user.id, admin.user.id);
      await agent.get('/api/auth/me').expect(401);
    });
  });

  describe('bad input', () => {
    it.each([
      ['no body', undefined],
      ['an empty object', {}],
      ['a missing password', { email: 'a@b.example' }],
      ['a numeric email', { email: 123, password: 'long-enough-password' }],
      ['an array password', { email: 'a@b.example', password: ['x'] }],
      ['an unknown field', { email: 'a@b.example', password: 'long-enough-password', remember: true }],
      ['an empty email', { email: '', password: 'long-enough-password' }],
      ['a 10 000-character password', { email: 'a@b.example', password: 'x'.repeat(10_000) }],
    ])('answers %s with 400 VALIDATION_FAILED', async (_name, body) => {
      const response = await testApp.http().post('/api/auth/login').send(body).expect(400);
      expect(response.body.code).toBe('VALIDATION_FAILED');
    });

    it('answers malformed JSON with 400 VALIDATION_FAILED', async () => {
      const response = await testApp
        .http()
        .post('/api/auth/login')
        .set('Content-Type', 'application/json')
        .send('{"email": "a@b.example", "password": ')
        .expect(400);
      expect(response.body).toEqual({
        code: 'VALIDATION_FAILED',
        message: 'The request body is not valid JSON',
      });
    });

    it('answers a body over the size limit with 413 PAYLOAD_TOO_LARGE', async () => {
      const huge = JSON.stringify({ email: 'a@b.example', password: 'x'.repeat(5 * 1024 * 1024) });
      const response = await testApp
        .http()
        .post('/api/auth/login')
        .set('Content-Type', 'application/json')
        .send(huge)
        .expect(413);
      expect(response.body.code).toBe('PAYLOAD_TOO_LARGE');
    });
  });
});

describe('auth: Secure cookie', () => {
  let testApp: TestApp;

  beforeAll(async () => {
    testApp = await startTestApp({ COOKIE_SECURE: 'true' });
  });
  afterAll(() => testApp.close());

  it('marks the cookie Secure when COOKIE_SECURE=true', async () => {
    const { user, password } = await makeUser(testApp, 'viewer');
    const response = await testApp
      .http()
      .post('/api/auth/login')
      .send({ email: user.email, password })
      .expect(200);
    expect(sessionCookieFrom(response)).toMatch(/; Secure/);
  });
});

describe('auth: login throttling', () => {
  let testApp: TestApp;

  beforeAll(async () => {
    testApp = await startTestApp({
      LOGIN_MAX_FAILURES_PER_ACCOUNT: '3',
      LOGIN_MAX_FAILURES_PER_ADDRESS: '8',
      LOGIN_THROTTLE_WINDOW_SECONDS: '600',
    });
  });
  afterAll(() => testApp.close());

  const attempt = (email: string, password: string) =>
    testApp.http().post('/api/auth/login').send({ email, password });

  it('clears an account’s failures on a successful login', async () => {
    const { user, password } = await makeUser(testApp, 'checker');
    await attempt(user.email, 'wrong-password').expect(401);
    await attempt(user.email, 'wrong-password').expect(401);
    await attempt(user.email, password).expect(200);
    await attempt(user.email, 'wrong-password').expect(401);
    await attempt(user.email, 'wrong-password').expect(401);
    await attempt(user.email, password).expect(200);
  });

  it('locks an account after repeated failures, even for the right password, with Retry-After', async () => {
    const { user, password } = await makeUser(testApp, 'checker');
    const other = await makeUser(testApp, 'checker');
    for (let i = 0; i < 3; i += 1) await attempt(user.email, 'wrong-password').expect(401);
    const locked = await attempt(user.email.toUpperCase(), password).expect(429);
    expect(locked.body.code).toBe('TOO_MANY_REQUESTS');
    expect(Number(locked.headers['retry-after'])).toBeGreaterThan(0);
    expect(Number(locked.headers['retry-after'])).toBeLessThanOrEqual(600);
    // Other accounts are unaffected (this address has 7 failures, under its limit of 8).
    await attempt(other.user.email, other.password).expect(200);
  });

  it('limits failures per address across different accounts', async () => {
    // 7 failures from this address so far (the locked attempt was refused without counting).
    await attempt('nobody-1@test.claimdesk.local', 'wrong-password').expect(401);
    const response = await attempt('nobody-2@test.claimdesk.local', 'wrong-password').expect(429);
    expect(response.headers['retry-after']).toBeDefined();
    const { user, password } = await makeUser(testApp, 'viewer');
    await attempt(user.email, password).expect(429);
  });
});
