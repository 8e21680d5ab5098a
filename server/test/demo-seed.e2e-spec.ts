import type { ArticleSummaryDto } from '@claimdesk/shared';
import { createApp } from '../src/create-app';
import { DemoSeed } from '../src/seed/demo-seed';
import { SAMPLE_ARTICLE } from './support/articles';
import { startTestApp, type TestApp } from './support/test-app';

describe('first start: the demo article', () => {
  let testApp: TestApp | undefined;

  afterEach(async () => {
    await testApp?.close();
    testApp = undefined;
  });

  async function adminAgent(app: TestApp) {
    const agent = app.http;
    const login = await agent()
      .post('/api/auth/login')
      .send({ email: 'chief@newsroom.example', password: 'first-admin-password' });
    expect(login.status).toBe(200);
    const cookie = String(login.headers['set-cookie']).split(';')[0]!;
    return (path: string) => agent().get(path).set('Cookie', cookie);
  }

  it('imports the sample article as the first admin, with its claims, once', async () => {
    testApp = await startTestApp({
      SEED_DEMO: 'true',
      ADMIN_EMAIL: 'chief@newsroom.example',
      ADMIN_PASSWORD: 'first-admin-password',
    });
    const get = await adminAgent(testApp);
    const list = await get('/api/articles').expect(200);
    expect(list.body.items).toHaveLength(1);
    const seeded = list.body.items[0] as ArticleSummaryDto;
    expect(seeded).toMatchObject({ outlet: 'NZ Herald', title: expect.stringContaining('Alaska') });
    expect(seeded.claimTotal).toBeGreaterThan(5);
    const article = await get(`/api/articles/${seeded.id}`).expect(200);
    expect(article.body.text).toBe(SAMPLE_ARTICLE);
    const me = await get('/api/auth/me').expect(200);
    expect(seeded.importedBy).toBe(me.body.user.id);

    // Idempotent: a second run, and a restart on the same database, import nothing more.
    expect(await testApp.app.get(DemoSeed).seed()).toBe(false);
    const again = await createApp(testApp.config);
    await again.init();
    await again.close();
    expect((await get('/api/articles').expect(200)).body.items).toHaveLength(1);
  });

  it('stays out of the way with SEED_DEMO=false', async () => {
    testApp = await startTestApp({
      SEED_DEMO: 'false',
      ADMIN_EMAIL: 'chief@newsroom.example',
      ADMIN_PASSWORD: 'first-admin-password',
    });
    const get = await adminAgent(testApp);
    expect((await get('/api/articles').expect(200)).body.items).toEqual([]);
  });
});
