import request from 'supertest';
import { ROLES } from '@claimdesk/shared';
import { DataSource } from 'typeorm';
import { AuditEntry } from '../src/audit/audit-entry.entity';
import { loginAs } from './support/factories';
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

  it('refuses anyone not logged in with 401', async () => {
    const response = await testApp
      .http()
      .put('/api/auth/password')
      .send({ currentPassword: 'whatever-long', newPassword: 'a brand new passphrase' })
      .expect(401);
    expect(response.body.code).toBe('UNAUTHENTICATED');
  });
});
