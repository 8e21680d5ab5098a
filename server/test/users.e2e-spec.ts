import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { UserEntity } from '../src/users/user.entity';
import { UsersService } from '../src/users/users.service';
import { loginAs, makeUser, type Agent } from './support/factories';
import { startTestApp, type TestApp } from './support/test-app';

describe('users: /api/users', () => {
  let testApp: TestApp;
  let admin: Agent;
  let adminId: string;

  beforeAll(async () => {
    testApp = await startTestApp({ LOGIN_MAX_FAILURES_PER_ADDRESS: '1000' });
    const session = await loginAs(testApp, 'admin');
    admin = session.agent;
    adminId = session.user.id;
  });
  afterAll(() => testApp.close());

  const newUser = (overrides: Record<string, unknown> = {}) => ({
    email: `new-${randomUUID().slice(0, 8)}@test.claimdesk.local`,
    displayName: 'New Checker',
    role: 'checker',
    password: 'a-long-enough-password',
    ...overrides,
  });

  describe('refusals', () => {
    it('refuses anonymous callers with 401', async () => {
      await testApp.http().get('/api/users').expect(401);
      await testApp.http().post('/api/users').send(newUser()).expect(401);
    });

    it('lets editors read the list for assignment, but not manage accounts', async () => {
      const { agent } = await loginAs(testApp, 'editor');
      await agent.get('/api/users').expect(200);
      const refused = await agent.post('/api/users').send(newUser()).expect(403);
      expect(refused.body).toMatchObject({ code: 'FORBIDDEN', details: { permission: 'users.manage' } });
    });

    it.each(['checker', 'viewer'] as const)('refuses a %s even the list', async (role) => {
      const { agent } = await loginAs(testApp, role);
      expect((await agent.get('/api/users').expect(403)).body.code).toBe('FORBIDDEN');
    });
  });

  describe('behaviour', () => {
    it('records every account change in the audit trail with the admin who made it', async () => {
      const created = await admin.post('/api/users').send(newUser()).expect(201);
      await admin.patch(`/api/users/${created.body.id}`).send({ role: 'editor' }).expect(200);
      await admin
        .put(`/api/users/${created.body.id}/password`)
        .send({ password: 'another-long-password' })
        .expect(204);
      await admin.post(`/api/users/${created.body.id}/deactivate`).expect(200);
      const trail = await admin.get('/api/audit').query({ targetType: 'user' }).expect(200);
      const mine = trail.body.items.filter(
        (entry: { targetId: string }) => entry.targetId === created.body.id,
      );
      expect(mine.map((entry: { action: string }) => entry.action).sort()).toEqual(
        ['user.create', 'user.deactivate', 'user.password_reset', 'user.role_change'].sort(),
      );
      expect(mine.every((entry: { actor: { id: string } | null }) => entry.actor?.id === adminId)).toBe(true);
      const roleChange = mine.find((entry: { action: string }) => entry.action === 'user.role_change');
      expect(roleChange).toMatchObject({ before: { role: 'checker' }, after: { role: 'editor' } });
      expect(JSON.stringify(mine)).not.toMatch(/passwordHash|scrypt/);
    });

    it('creates a user who can then log in; the email is stored lower-case', async () => {
      const body = newUser({ email: '  Maria.Lopez@Newsroom.Example ', role: 'editor' });
      const created = await admin.post('/api/users').send(body).expect(201);
      expect(created.body).toEqual({
        id: expect.stringMatching(/^[0-9a-f-]{36}$/),
        email: 'maria.lopez@newsroom.example',
        displayName: 'New Checker',
        role: 'editor',
        active: true,
        createdAt: expect.stringMatching(/^\d{4}-\d\d-\d\dT/),
        deactivatedAt: null,
      });
      await testApp
        .http()
        .post('/api/auth/login')
        .send({ email: 'maria.lopez@newsroom.example', password: body.password })
        .expect(200);
      const listed = await admin.get('/api/users').expect(200);
      expect(listed.body).toContainEqual(created.body);
      expect(JSON.stringify(listed.body)).not.toMatch(/password|scrypt/i);
    });

    it('stores a salted scrypt hash, never the password', async () => {
      const a = await makeUser(testApp, 'viewer', { password: 'the-same-password' });
      const b = await makeUser(testApp, 'viewer', { password: 'the-same-password' });
      const users = testApp.app.get(DataSource).getRepository(UserEntity);
      const [hashA, hashB] = await Promise.all(
        [a, b].map(async ({ user }) => (await users.findOneByOrFail({ id: user.id })).passwordHash),
      );
      expect(hashA).toMatch(/^scrypt\$\d+\$\d+\$\d+\$/);
      expect(hashA).not.toContain('the-same-password');
      expect(hashA).not.toBe(hashB);
    });

    it('answers a duplicate email, in any case, with 409 CONFLICT', async () => {
      const body = newUser();
      await admin.post('/api/users').send(body).expect(201);
      const duplicate = await admin
        .post('/api/users')
        .send({ ...body, email: body.email.toUpperCase() })
        .expect(409);
      expect(duplicate.body.code).toBe('CONFLICT');
    });

    it('gets one user, and 404 for an unknown id', async () => {
      const { user } = await makeUser(testApp, 'checker');
      expect((await admin.get(`/api/users/${user.id}`).expect(200)).body).toEqual(user);
      expect((await admin.get(`/api/users/${randomUUID()}`).expect(404)).body.code).toBe('NOT_FOUND');
    });

    it('changes the role and display name', async () => {
      const { user } = await makeUser(testApp, 'checker');
      const response = await admin
        .patch(`/api/users/${user.id}`)
        .send({ role: 'editor', displayName: 'Promoted' })
        .expect(200);
      expect(response.body).toMatchObject({ id: user.id, role: 'editor', displayName: 'Promoted' });
    });

    it('resets a password: the old one stops working and the user’s sessions end', async () => {
      const { agent, user, password } = await loginAs(testApp, 'checker');
      await admin
        .put(`/api/users/${user.id}/password`)
        .send({ password: 'a-brand-new-password' })
        .expect(204);
      await agent.get('/api/auth/me').expect(401);
      await testApp.http().post('/api/auth/login').send({ email: user.email, password }).expect(401);
      await testApp
        .http()
        .post('/api/auth/login')
        .send({ email: user.email, password: 'a-brand-new-password' })
        .expect(200);
    });

    it('deactivates (history kept, sessions ended, login refused) and reactivates', async () => {
      const { agent, user, password } = await loginAs(testApp, 'checker');
      const deactivated = await admin.post(`/api/users/${user.id}/deactivate`).expect(200);
      expect(deactivated.body).toMatchObject({ id: user.id, active: false });
      // When, not only whether: the Team screen says since when an account is closed.
      expect(Date.parse(deactivated.body.deactivatedAt)).toBeGreaterThan(Date.parse(user.createdAt) - 1);
      expect(Date.now() - Date.parse(deactivated.body.deactivatedAt)).toBeLessThan(60_000);
      await agent.get('/api/auth/me').expect(401);
      await testApp.http().post('/api/auth/login').send({ email: user.email, password }).expect(401);
      expect((await admin.get('/api/users').expect(200)).body).toContainEqual(deactivated.body);
      const reactivated = await admin.post(`/api/users/${user.id}/reactivate`).expect(200);
      expect(reactivated.body).toMatchObject({ active: true, deactivatedAt: null });
      await testApp.http().post('/api/auth/login').send({ email: user.email, password }).expect(200);
    });

    it('refuses to deactivate yourself', async () => {
      expect((await admin.post(`/api/users/${adminId}/deactivate`).expect(409)).body.code).toBe('CONFLICT');
    });

    it('never leaves the instance without an active admin', async () => {
      const lone = await startTestApp();
      try {
        const { agent, user } = await loginAs(lone, 'admin');
        // Leave this admin as the only active one: the first-start admin steps down.
        const service = lone.app.get(UsersService);
        const firstAdmin = (await service.list()).find((u) => u.id !== user.id && u.role === 'admin');
        await agent.post(`/api/users/${firstAdmin?.id}/deactivate`).expect(200);
        const response = await agent.patch(`/api/users/${user.id}`).send({ role: 'editor' }).expect(409);
        expect(response.body.message).toMatch(/last active admin/);
        const other = await loginAs(lone, 'admin');
        await other.agent.patch(`/api/users/${user.id}`).send({ role: 'editor' }).expect(200);
        await agent.get('/api/users/' + user.id).expect(200);
      } finally {
        await lone.close();
      }
    });
  });

  describe('bad input', () => {
    it.each([
      ['a short password', { password: 'short' }],
      ['a bad email', { email: 'not-an-email' }],
      ['an unknown role', { role: 'owner' }],
      ['a numeric display name', { displayName: 42 }],
      ['an empty display name', { displayName: '   ' }],
      ['an unknown field', { isAdmin: true }],
    ])('refuses %s with 400 VALIDATION_FAILED', async (_name, overrides) => {
      const response = await admin.post('/api/users').send(newUser(overrides)).expect(400);
      expect(response.body.code).toBe('VALIDATION_FAILED');
    });

    it('refuses a malformed id with 400', async () => {
      expect((await admin.get('/api/users/not-a-uuid').expect(400)).body.code).toBe('VALIDATION_FAILED');
      await admin.post('/api/users/1%20OR%201=1/deactivate').expect(400);
    });

    it('refuses a role change to an unknown role, and unknown fields', async () => {
      const { user } = await makeUser(testApp, 'checker');
      await admin.patch(`/api/users/${user.id}`).send({ role: 'superuser' }).expect(400);
      await admin.patch(`/api/users/${user.id}`).send({ active: false }).expect(400);
      await admin.put(`/api/users/${user.id}/password`).send({ password: 123456789012 }).expect(400);
    });

    it('answers malformed JSON with 400', async () => {
      const response = await admin
        .post('/api/users')
        .set('Content-Type', 'application/json')
        .send('{"email":')
        .expect(400);
      expect(response.body).toEqual({
        code: 'VALIDATION_FAILED',
        message: 'The request body is not valid JSON',
      });
    });
  });
});
