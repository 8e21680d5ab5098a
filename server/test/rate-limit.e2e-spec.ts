import { startTestApp, type TestApp } from './support/test-app';

describe('API-wide rate limit per address', () => {
  let testApp: TestApp;

  beforeAll(async () => {
    testApp = await startTestApp({ RATE_LIMIT_PER_MINUTE: '5' });
  });
  afterAll(() => testApp.close());

  it('answers past the limit with a coded 429 and Retry-After', async () => {
    for (let i = 0; i < 5; i += 1) await testApp.http().get('/api/health').expect(200);
    const refused = await testApp.http().get('/api/health').expect(429);
    expect(refused.body.code).toBe('TOO_MANY_REQUESTS');
    expect(Number(refused.headers['retry-after'])).toBeGreaterThan(0);
  });
});
