import { startTestApp, type TestApp } from './support/test-app';

describe('error answers', () => {
  let testApp: TestApp;

  beforeAll(async () => {
    testApp = await startTestApp();
  });
  afterAll(() => testApp.close());

  it('answers an unknown API route with a coded 404, not the client app', async () => {
    const response = await testApp.http().get('/api/no-such-thing').expect(404);
    expect(response.body).toMatchObject({ code: 'NOT_FOUND' });
  });

  it('serves the OpenAPI description with the error shape', async () => {
    const response = await testApp.http().get('/api/docs/openapi.json').expect(200);
    expect(response.body.openapi).toMatch(/^3\./);
    expect(response.body.components.schemas.ErrorResponse.required).toEqual(['code', 'message']);
  });
});
