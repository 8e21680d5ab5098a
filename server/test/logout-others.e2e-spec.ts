import { ROLES } from '@claimdesk/shared';
import { DataSource } from 'typeorm';
import { AuditEntry } from '../src/audit/audit-entry.entity';
import { hashToken, SessionsService } from '../src/auth/sessions.service';
import { UsersService } from '../src/users/users.service';
import { makeUser, sessionCookie } from './support/factories';
import { startTestApp, type TestApp } from './support/test-app';

/** "Log out my other sessions": a laptop left logged in, a shared computer. */
describe('auth: logging out my other sessions', () => {
  let testApp: TestApp;

  beforeAll(async () => {
    testApp = await startTestApp();
  });
  afterAll(() => testApp.close());

  const me = (cookie: string) => testApp.http().get('/api/auth/me').set('Cookie', cookie);
  const logoutOthers = (cookie: string) =>
    testApp.http().post('/api/auth/logout-others').set('Cookie', cookie);

  it.each(ROLES)('as %s: ends the other sessions, keeps this one and nobody else’s', async (role) => {
    const { user } = await makeUser(testApp, role);
    const here = await sessionCookie(testApp, user.id);
    const elsewhere = [await sessionCookie(testApp, user.id), await sessionCookie(testApp, user.id)];
    const colleague = await sessionCookie(testApp, (await makeUser(testApp, role)).user.id);

    const response = await logoutOthers(here).expect(200);
    expect(response.body).toEqual({ ended: 2 });
    await me(here).expect(200);
    for (const cookie of elsewhere) await me(cookie).expect(401);
    await me(colleague).expect(200);
  });

  it('says when there was nothing to end, and records each use in the audit trail', async () => {
    const { user } = await makeUser(testApp, 'checker');
    const here = await sessionCookie(testApp, user.id);
    await sessionCookie(testApp, user.id);
    expect((await logoutOthers(here).expect(200)).body).toEqual({ ended: 1 });
    expect((await logoutOthers(here).expect(200)).body).toEqual({ ended: 0 });
    const entries = await testApp.app
      .get(DataSource)
      .getRepository(AuditEntry)
      .find({ where: { targetId: user.id, action: 'user.sessions_ended' }, order: { seq: 'ASC' } });
    expect(entries.map((entry) => [entry.actorId, JSON.parse(entry.afterJson ?? 'null')])).toEqual([
      [user.id, { otherSessionsEnded: 1 }],
      [user.id, { otherSessionsEnded: 0 }],
    ]);
  });

  it('refuses without a session, and after the session ended', async () => {
    await testApp.http().post('/api/auth/logout-others').expect(401);
    const { user } = await makeUser(testApp, 'editor');
    const here = await sessionCookie(testApp, user.id);
    await testApp.http().post('/api/auth/logout').set('Cookie', here).expect(204);
    const refused = await logoutOthers(here).expect(401);
    expect(refused.body.code).toBe('UNAUTHENTICATED');
  });

  it('ends nothing when the caller’s own session ended after the guard let the request in', async () => {
    const { user } = await makeUser(testApp, 'checker');
    const here = await sessionCookie(testApp, user.id);
    const elsewhere = await sessionCookie(testApp, user.id);
    const token = here.slice(here.indexOf('=') + 1);
    // The logout that races the request: it lands between the guard's check and the service's work.
    await testApp.app.get(SessionsService).revoke(token);
    await expect(
      testApp.app.get(UsersService).endOtherSessions(user.id, hashToken(token)),
    ).rejects.toMatchObject({ code: 'UNAUTHENTICATED' });
    await me(elsewhere).expect(200);
  });
});
