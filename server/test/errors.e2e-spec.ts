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

describe('body parser errors on a real route', () => {
  let testApp: TestApp;

  beforeAll(async () => {
    testApp = await startTestApp();
  });
  afterAll(() => testApp.close());

  // @nestjs/serve-static turns any error on /api into a 404 unless the body errors are answered first.
  it('answers malformed JSON with 400 VALIDATION_FAILED', async () => {
    const response = await testApp
      .http()
      .post('/api/auth/login')
      .set('Content-Type', 'application/json')
      .send('{"email": ')
      .expect(400);
    expect(response.body).toEqual({
      code: 'VALIDATION_FAILED',
      message: 'The request body is not valid JSON',
    });
  });

  it('answers an oversized body with 413 PAYLOAD_TOO_LARGE', async () => {
    const response = await testApp
      .http()
      .post('/api/auth/login')
      .set('Content-Type', 'application/json')
      .send(JSON.stringify({ email: 'a'.repeat(5 * 1024 * 1024) }))
      .expect(413);
    expect(response.body).toEqual({ code: 'PAYLOAD_TOO_LARGE', message: 'The request body is too large' });
  });

  it('answers a body that claims to be compressed but is not with 400, not a 404', async () => {
    for (const encoding of ['gzip', 'deflate', 'br']) {
      const response = await testApp
        .http()
        .post('/api/auth/login')
        .set('Content-Type', 'application/json')
        .set('Content-Encoding', encoding)
        .send('{"email":"a@example.org","password":"x"}');
      expect({ encoding, status: response.status, code: response.body.code }).toEqual({
        encoding,
        status: 400,
        code: 'VALIDATION_FAILED',
      });
    }
  });

  it('answers an unsupported charset with 415', async () => {
    const response = await testApp
      .http()
      .post('/api/auth/login')
      .set('Content-Type', 'application/json; charset=klingon')
      .send('{}')
      .expect(415);
    expect(response.body.code).toBe('UNSUPPORTED_MEDIA_TYPE');
  });
});
