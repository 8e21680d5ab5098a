import { Logger } from '@nestjs/common';
import { createApp } from '../src/create-app';
import { UsersService } from '../src/users/users.service';
import { startTestApp, type TestApp } from './support/test-app';

describe('first start: the first admin', () => {
  let testApp: TestApp | undefined;

  afterEach(async () => {
    jest.restoreAllMocks();
    await testApp?.close();
    testApp = undefined;
  });

  it('creates the admin from ADMIN_EMAIL / ADMIN_PASSWORD, once', async () => {
    testApp = await startTestApp({
      ADMIN_EMAIL: 'Chief@Newsroom.Example',
      ADMIN_PASSWORD: 'first-admin-password',
    });
    const login = await testApp
      .http()
      .post('/api/auth/login')
      .send({ email: 'chief@newsroom.example', password: 'first-admin-password' })
      .expect(200);
    expect(login.body.user).toMatchObject({ role: 'admin', active: true, email: 'chief@newsroom.example' });

    // A restart on the same database creates nobody new.
    const again = await createApp(testApp.config);
    await again.init();
    await again.close();
    expect(await testApp.app.get(UsersService).count()).toBe(1);
  });

  it('generates a strong password and logs it once when ADMIN_PASSWORD is not set', async () => {
    const warn = jest.spyOn(Logger.prototype, 'warn');
    testApp = await startTestApp();
    const lines = warn.mock.calls
      .map(([message]) => String(message))
      .filter((m) => m.includes('First start'));
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/admin@claimdesk\.local/);
    expect(lines[0]).toMatch(/shown only once/);
    const password = /password (\S+)/.exec(lines[0])?.[1] ?? '';
    expect(password.length).toBeGreaterThanOrEqual(20);
    await testApp
      .http()
      .post('/api/auth/login')
      .send({ email: 'admin@claimdesk.local', password })
      .expect(200);
  });
});
