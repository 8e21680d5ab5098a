import { makeUser } from './support/factories';
import { startTestApp, type TestApp } from './support/test-app';

/*
 * Behind a reverse proxy every request arrives from the proxy's address. With TRUST_PROXY naming that proxy,
 * the per-address login limit counts each client by X-Forwarded-For and HTTPS is read from X-Forwarded-Proto;
 * without it, those headers are ignored, so a client cannot pick its own address to dodge the limit.
 */
const LIMITS = {
  LOGIN_MAX_FAILURES_PER_ACCOUNT: '100',
  LOGIN_MAX_FAILURES_PER_ADDRESS: '2',
  LOGIN_THROTTLE_WINDOW_SECONDS: '600',
};

function login(testApp: TestApp, forwardedFor: string, email: string, password: string) {
  return testApp
    .http()
    .post('/api/auth/login')
    .set('X-Forwarded-For', forwardedFor)
    .set('X-Forwarded-Proto', 'https')
    .send({ email, password });
}

describe('TRUST_PROXY', () => {
  describe('unset: forwarded headers are ignored', () => {
    let testApp: TestApp;
    beforeAll(async () => {
      testApp = await startTestApp(LIMITS);
    });
    afterAll(() => testApp.close());

    it('counts failures by the connecting address whatever X-Forwarded-For claims', async () => {
      await login(testApp, '203.0.113.1', 'nobody-1@test.claimdesk.local', 'wrong-password').expect(401);
      await login(testApp, '203.0.113.2', 'nobody-2@test.claimdesk.local', 'wrong-password').expect(401);
      await login(testApp, '203.0.113.3', 'nobody-3@test.claimdesk.local', 'wrong-password').expect(429);
    });

    it('does not mark the cookie Secure because of X-Forwarded-Proto', async () => {
      const other = await startTestApp(LIMITS);
      try {
        const { user, password } = await makeUser(other, 'checker');
        const response = await login(other, '203.0.113.9', user.email, password).expect(200);
        expect(String(response.headers['set-cookie'])).not.toMatch(/; Secure/);
      } finally {
        await other.close();
      }
    });
  });

  describe('naming the proxy (loopback here)', () => {
    let testApp: TestApp;
    beforeAll(async () => {
      testApp = await startTestApp({ ...LIMITS, TRUST_PROXY: 'loopback' });
    });
    afterAll(() => testApp.close());

    it('limits each client behind the proxy by its own address', async () => {
      await login(testApp, '203.0.113.1', 'nobody-1@test.claimdesk.local', 'wrong-password').expect(401);
      await login(testApp, '203.0.113.1', 'nobody-2@test.claimdesk.local', 'wrong-password').expect(401);
      await login(testApp, '203.0.113.1', 'nobody-3@test.claimdesk.local', 'wrong-password').expect(429);
      // Another reader in the same newsroom, behind the same proxy, is not locked out.
      const { user, password } = await makeUser(testApp, 'checker');
      await login(testApp, '203.0.113.2', user.email, password).expect(200);
    });

    it('marks the session cookie Secure when the proxy says the request came over HTTPS', async () => {
      const { user, password } = await makeUser(testApp, 'editor');
      const response = await login(testApp, '203.0.113.4', user.email, password).expect(200);
      expect(String(response.headers['set-cookie'])).toMatch(/; Secure/);
    });
  });
});
