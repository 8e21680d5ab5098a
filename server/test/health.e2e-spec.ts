import { startTestApp, type TestApp } from './support/test-app';

describe('GET /api/health', () => {
  let testApp: TestApp;

  beforeAll(async () => {
    testApp = await startTestApp();
  });
  afterAll(() => testApp.close());

  it('reports status, version and the database kind in use', async () => {
    const response = await testApp.http().get('/api/health').expect(200);
    expect(response.body).toEqual({
      status: 'ok',
      version: testApp.config.version,
      database: testApp.database.kind,
      uptimeSeconds: expect.any(Number),
    });
  });

  it('ran the migrations on the fresh database', async () => {
    const { DataSource } = await import('typeorm');
    const dataSource = testApp.app.get(DataSource);
    const ran = await dataSource.query('SELECT name FROM migrations');
    expect(ran.map((row: { name: string }) => row.name)).toContain('AppMeta1764086400000');
  });
});
