import request from 'supertest';
import { ROLES } from '@claimdesk/shared';
import { DataSource } from 'typeorm';
import { AuditEntry } from '../src/audit/audit-entry.entity';
import { hashToken, SessionsService } from '../src/auth/sessions.service';
import { SessionEntity } from '../src/auth/session.entity';
import { hashPassword } from '../src/users/password-hasher';
import { UsersService } from '../src/users/users.service';
import { loginAs, makeUser, sessionCookie } from './support/factories';
import { startTestApp, type TestApp } from './support/test-app';

describe('auth: changing my own password', () => {
  let testApp: TestApp;

  beforeAll(async () => {
    testApp = await startTestApp({
      LOGIN_MAX_FAILURES_PER_ACCOUNT: '3',
      LOGIN_MAX_FAILURES_PER_ADDRESS: '1000',
      LOGIN_THROTTLE_WINDOW_SECONDS: '600',
    });
  });
  afterAll(() => testApp.close());

  const login = (email: string, password: string) =>
    testApp.http().post('/api/auth/login').send({ email, password });

  it.each(ROLES)('as %s: the old password stops working and the new one works', async (role) => {
    const { agent, user, password } = await loginAs(testApp, role);
    await agent
      .put('/api/auth/password')
      .send({ currentPassword: password, newPassword: 'a brand new passphrase' })
      .expect(204);
    await login(user.email, password).expect(401);
    await login(user.email, 'a brand new passphrase').expect(200);
  });

  it('ends my other sessions but keeps me logged in here with a fresh cookie', async () => {
    const { agent, user, password } = await loginAs(testApp, 'checker');
    const elsewhere = request.agent(testApp.app.getHttpServer());
    await elsewhere.post('/api/auth/login').send({ email: user.email, password }).expect(200);
    const here = await testApp
      .http()
      .post('/api/auth/login')
      .send({ email: user.email, password })
      .expect(200);
    const oldCookie = ([] as string[]).concat(here.headers['set-cookie'] ?? [])[0]!.split(';')[0]!;
    await testApp.http().get('/api/auth/me').set('Cookie', oldCookie).expect(200);

    const changed = await testApp
      .http()
      .put('/api/auth/password')
      .set('Cookie', oldCookie)
      .send({ currentPassword: password, newPassword: 'another long passphrase' })
      .expect(204);

    const setCookie = ([] as string[]).concat(changed.headers['set-cookie'] ?? []).join('\n');
    expect(setCookie).toMatch(/claimdesk_session=[^;]+;.*HttpOnly/);
    expect(setCookie).toContain('SameSite=Strict');
    // The caller goes on with the new cookie; the old one (the request's own) and every other session end.
    const newCookie = setCookie.split(';')[0]!;
    expect(newCookie).not.toBe(oldCookie);
    const me = await testApp.http().get('/api/auth/me').set('Cookie', newCookie).expect(200);
    expect(me.body.user.id).toBe(user.id);
    await agent.get('/api/auth/me').expect(401);
    await elsewhere.get('/api/auth/me').expect(401);
    await testApp.http().get('/api/auth/me').set('Cookie', oldCookie).expect(401);
  });

  it('records the change in the audit trail, with me as the actor and no secret in it', async () => {
    const { agent, user, password } = await loginAs(testApp, 'editor');
    await agent
      .put('/api/auth/password')
      .send({ currentPassword: password, newPassword: 'audited passphrase 1' })
      .expect(204);
    const entries = await testApp.app
      .get(DataSource)
      .getRepository(AuditEntry)
      .find({ where: { targetId: user.id, action: 'user.password_changed' } });
    expect(entries).toHaveLength(1);
    expect(entries[0]!.actorId).toBe(user.id);
    expect(JSON.stringify(entries[0])).not.toContain('audited passphrase 1');
  });

  it('refuses a wrong current password, naming the field, and changes nothing', async () => {
    const { agent, user, password } = await loginAs(testApp, 'checker');
    const response = await agent
      .put('/api/auth/password')
      .send({ currentPassword: 'not my password', newPassword: 'a brand new passphrase' })
      .expect(400);
    expect(response.body).toMatchObject({
      code: 'VALIDATION_FAILED',
      details: { fields: [{ field: 'currentPassword' }] },
    });
    await agent.get('/api/auth/me').expect(200);
    await login(user.email, password).expect(200);
  });

  it('counts wrong current passwords like failed logins, so a stolen session cannot guess the password', async () => {
    const { agent, user, password } = await loginAs(testApp, 'checker');
    for (let i = 0; i < 3; i += 1) {
      await agent
        .put('/api/auth/password')
        .send({ currentPassword: `guess ${i}`, newPassword: 'a brand new passphrase' })
        .expect(400);
    }
    const locked = await agent
      .put('/api/auth/password')
      .send({ currentPassword: password, newPassword: 'a brand new passphrase' })
      .expect(429);
    expect(locked.body.code).toBe('TOO_MANY_REQUESTS');
    expect(Number(locked.headers['retry-after'])).toBeGreaterThan(0);
    await login(user.email, password).expect(429);
  });

  it.each([
    ['a new password under 10 characters', { currentPassword: 'x', newPassword: 'short' }, 'newPassword'],
    ['no current password', { newPassword: 'a brand new passphrase' }, 'currentPassword'],
    ['a number for the new password', { currentPassword: 'x', newPassword: 12345678901 }, 'newPassword'],
    [
      'an unknown field',
      { currentPassword: 'x', newPassword: 'a brand new passphrase', role: 'admin' },
      'role',
    ],
  ])('answers %s with 400 naming the field', async (_label, body, field) => {
    const { agent } = await loginAs(testApp, 'checker');
    const response = await agent.put('/api/auth/password').send(body).expect(400);
    expect(response.body.code).toBe('VALIDATION_FAILED');
    expect(response.body.message).toContain(field);
  });

  it('refuses the same password again', async () => {
    const { agent, password } = await loginAs(testApp, 'checker');
    const response = await agent
      .put('/api/auth/password')
      .send({ currentPassword: password, newPassword: password })
      .expect(400);
    expect(response.body.details.fields[0].field).toBe('newPassword');
  });

  it('lets exactly one of two simultaneous changes win, and only its password works', async () => {
    const { agent, user, password } = await loginAs(testApp, 'checker');
    const answers = await Promise.all(
      ['first new passphrase', 'second new passphrase'].map((newPassword) =>
        agent.put('/api/auth/password').send({ currentPassword: password, newPassword }),
      ),
    );
    const statuses = answers.map((answer) => answer.status).sort();
    expect(statuses[0]).toBe(204);
    // The loser finds the old password gone (400), its session ended by the winner (401) or the write taken
    // (409); it never also "succeeds".
    expect([400, 401, 409]).toContain(statuses[1]);
    const winner = answers[0]!.status === 204 ? 'first new passphrase' : 'second new passphrase';
    const loser = winner === 'first new passphrase' ? 'second new passphrase' : 'first new passphrase';
    await login(user.email, loser).expect(401);
    await login(user.email, winner).expect(200);
  });

  describe('when something changes between the password check and the write', () => {
    const users = () => testApp.app.get(UsersService);
    const sessionsOf = (userId: string) =>
      testApp.app.get(DataSource).getRepository(SessionEntity).countBy({ userId });
    const anyHash = () => hashPassword('whatever new passphrase');

    async function checkedState(role: 'checker' | 'editor') {
      const { user, password } = await makeUser(testApp, role);
      const cookie = await sessionCookie(testApp, user.id);
      const token = cookie.split('=')[1]!;
      const checked = (await users().findAccount(user.id))!.passwordHash;
      return { user, password, token, checked };
    }

    const change = (userId: string, checked: string, token: string, hash: string) =>
      users().changeOwnPassword(userId, checked, hash, hashToken(token), (manager) =>
        testApp.app.get(SessionsService).create(userId, manager),
      );

    it('an admin reset wins: it ended the session, so the change is refused and writes nothing', async () => {
      const { user, token, checked } = await checkedState('checker');
      await users().resetPassword(user.id, 'reset by the admin 1');
      await expect(change(user.id, checked, token, await anyHash())).rejects.toMatchObject({
        code: 'UNAUTHENTICATED',
      });
      expect(await sessionsOf(user.id)).toBe(0);
      await login(user.email, 'reset by the admin 1').expect(200);
    });

    it('a deactivation wins: no password is written and no session opened', async () => {
      const { user, password, token, checked } = await checkedState('checker');
      const admin = await makeUser(testApp, 'admin');
      // Deactivation ends the sessions too, so recreate the caller's to reach the account check.
      await users().deactivate(user.id, admin.user.id);
      await testApp.app
        .get(DataSource)
        .getRepository(SessionEntity)
        .insert({
          tokenHash: hashToken(token),
          userId: user.id,
          createdAt: new Date(),
          expiresAt: new Date(Date.now() + 60_000),
        });
      await expect(change(user.id, checked, token, await anyHash())).rejects.toMatchObject({
        code: 'CONFLICT',
      });
      expect((await users().findAccount(user.id))!.passwordHash).toBe(checked);
      expect(await sessionsOf(user.id)).toBe(1);
      await users().reactivate(user.id, admin.user.id);
      await login(user.email, password).expect(200);
    });

    it('another change wins: the stale one gets CONFLICT', async () => {
      const { user, token, checked } = await checkedState('editor');
      const winner = await hashPassword('the winning passphrase');
      await change(user.id, checked, token, winner);
      const newToken = (
        await testApp.app.get(DataSource).getRepository(SessionEntity).findOneByOrFail({ userId: user.id })
      ).tokenHash;
      expect(newToken).not.toBe(hashToken(token));
      await expect(
        users().changeOwnPassword(user.id, checked, await anyHash(), newToken, (manager) =>
          testApp.app.get(SessionsService).create(user.id, manager),
        ),
      ).rejects.toMatchObject({ code: 'CONFLICT' });
      await login(user.email, 'the winning passphrase').expect(200);
    });

    it('a session that ended meanwhile cannot change the password', async () => {
      const { user, password, token, checked } = await checkedState('checker');
      await testApp.app.get(SessionsService).revoke(token);
      await expect(change(user.id, checked, token, await anyHash())).rejects.toMatchObject({
        code: 'UNAUTHENTICATED',
      });
      await login(user.email, password).expect(200);
    });
  });

  it('refuses anyone not logged in with 401', async () => {
    const response = await testApp
      .http()
      .put('/api/auth/password')
      .send({ currentPassword: 'whatever-long', newPassword: 'a brand new passphrase' })
      .expect(401);
    expect(response.body.code).toBe('UNAUTHENTICATED');
  });
});
