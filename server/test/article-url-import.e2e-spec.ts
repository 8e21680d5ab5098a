import type { Role } from '@claimdesk/shared';
import { createServer, type Server } from 'node:http';
import { gzipSync } from 'node:zlib';
import type { AddressInfo } from 'node:net';
import { roleSessions, type RoleSession } from './support/articles';
import { startTestApp, type TestApp } from './support/test-app';

const PAGE = `<!doctype html><html><head><meta charset="utf-8"><title>Ferry fares rise | Harbour News</title>
<meta property="og:site_name" content="Harbour News"><meta name="author" content="Sam Lee">
<meta property="article:published_time" content="2025-03-01T08:30:00Z"></head>
<body><nav>Home · Sport · Weather</nav><article>
<h1>Ferry fares rise</h1>
<p>Ferry fares will rise by 8% from April, the harbour authority announced on Monday, the third rise since 2022.</p>
<script>fetch('/steal?c=' + document.cookie)</script>
<p>“Fuel costs have doubled in two years,” the authority’s chief executive, Mere Tane, said in a statement.</p>
<p>About 4.2 million passengers used the ferries last year, up from 3.1 million in 2021, according to the annual report.</p>
</article><footer>© Harbour News</footer></body></html>`;

/** A local site with the pages each case needs; the app under test may fetch it because private URLs are allowed. */
function startSite(): Promise<Server> {
  const server = createServer((request, response) => {
    const send = (status: number, type: string, body: string | Buffer) => {
      response.writeHead(status, { 'content-type': type });
      response.end(body);
    };
    switch (request.url) {
      case '/article':
        return send(200, 'text/html; charset=utf-8', PAGE);
      case '/latin1':
        return send(
          200,
          'text/html; charset=iso-8859-1',
          Buffer.from(
            PAGE.replace('<meta charset="utf-8">', '').replace('Ferry fares will', 'Café ferry fares will'),
            'latin1',
          ),
        );
      case '/moved':
        response.writeHead(302, { location: '/article' });
        return response.end();
      case '/loop':
        response.writeHead(301, { location: '/loop' });
        return response.end();
      case '/to-ftp':
        response.writeHead(302, { location: 'ftp://example.com/file' });
        return response.end();
      case '/image':
        return send(200, 'image/png', Buffer.from([0x89, 0x50, 0x4e, 0x47]));
      case '/json':
        return send(200, 'application/json', '{"title":"not html"}');
      case '/huge':
        return send(200, 'text/html', `<html><body><p>${'word '.repeat(60_000)}</p></body></html>`);
      case '/empty':
        return send(200, 'text/html', '<html><body><script>alert(1)</script></body></html>');
      case '/slow':
        return; // never answers
      case '/gzip':
        // Compressed although the request did not ask for it, as some servers do.
        response.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'content-encoding': 'gzip' });
        return response.end(gzipSync(PAGE));
      case '/gzip-bomb':
        // 40 kB on the wire, 40 MB once decompressed: past the 100 kB cap.
        response.writeHead(200, { 'content-type': 'text/html', 'content-encoding': 'gzip' });
        return response.end(gzipSync(Buffer.alloc(40_000_000, 'a')));
      case '/bad-gzip':
        response.writeHead(200, { 'content-type': 'text/html', 'content-encoding': 'gzip' });
        return response.end(PAGE);
      case '/compress':
        response.writeHead(200, { 'content-type': 'text/html', 'content-encoding': 'compress' });
        return response.end(PAGE);
      case '/bad-redirect':
        response.writeHead(302, { location: 'http://[::1' });
        return response.end();
      case '/long-redirect':
        response.writeHead(302, { location: `/article?${'q'.repeat(3000)}` });
        return response.end();
      case '/long-title':
        return send(200, 'text/html', PAGE.replace('Ferry fares rise | Harbour News', 'Fares '.repeat(400)));
      case '/nul':
        return send(200, 'text/html', PAGE.replace('Ferry fares will rise', 'Ferry\u0000 fares will rise'));
      default:
        return send(404, 'text/html', '<h1>Not found</h1>');
    }
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

describe('article import by URL', () => {
  let site: Server;
  let base: string;
  let testApp: TestApp;
  let as: Record<Role, RoleSession>;

  beforeAll(async () => {
    site = await startSite();
    base = `http://127.0.0.1:${(site.address() as AddressInfo).port}`;
    testApp = await startTestApp({
      ALLOW_PRIVATE_URLS: 'true',
      URL_FETCH_TIMEOUT_MS: '1000',
      URL_FETCH_MAX_BYTES: '100000',
    });
    as = await roleSessions(testApp);
  });
  afterAll(async () => {
    await testApp.close();
    site.closeAllConnections();
    await new Promise((resolve) => site.close(resolve));
  });

  const importUrl = (url: unknown, role: Role = 'checker') =>
    testApp.http().post('/api/articles/import-url').set('Cookie', as[role].cookie).send({ url });
  const articleCount = async () =>
    (await testApp.http().get('/api/articles?limit=200').set('Cookie', as.admin.cookie).expect(200)).body
      .items.length;

  it('refuses anonymous callers with 401 and viewers with 403', async () => {
    await testApp
      .http()
      .post('/api/articles/import-url')
      .send({ url: `${base}/article` })
      .expect(401);
    await importUrl(`${base}/article`, 'viewer').expect(403);
  });

  it('imports the main text and metadata of a page, without scripts or navigation', async () => {
    const { body } = await importUrl(`${base}/article`).expect(201);
    const { text, ...metadata } = body.article;
    expect(text).toContain(
      'Ferry fares will rise by 8% from April, the harbour authority announced on Monday',
    );
    expect(text).toContain('\n\n“Fuel costs have doubled in two years,” the authority’s chief executive');
    for (const leaked of ['fetch(', 'cookie', 'Weather', '©', '<']) expect(text).not.toContain(leaked);
    expect(metadata).toMatchObject({
      title: 'Ferry fares rise | Harbour News',
      outlet: 'Harbour News',
      author: 'Sam Lee',
      url: `${base}/article`,
      publishedAt: '2025-03-01T08:30:00.000Z',
      importedBy: as.checker.user.id,
    });
    expect(body.claimsCreated).toBeGreaterThan(0);
  });

  it('follows redirects, recording where the page was found, and decodes the declared charset', async () => {
    const moved = await importUrl(`${base}/moved`).expect(201);
    expect(moved.body.article.url).toBe(`${base}/article`);
    const latin1 = await importUrl(`${base}/latin1`).expect(201);
    expect(latin1.body.article.text).toContain('Café ferry fares will rise');
  });

  it('reads a page sent compressed, and keeps what a page says within what the database holds', async () => {
    const compressed = await importUrl(`${base}/gzip`).expect(201);
    expect(compressed.body.article.text).toContain('Ferry fares will rise by 8% from April');
    const longTitle = await importUrl(`${base}/long-title`).expect(201);
    expect(longTitle.body.article.title).toHaveLength(500);
    expect(longTitle.body.article.title).toMatch(/^Fares Fares .*…$/);
    const nul = await importUrl(`${base}/nul`).expect(201);
    expect(nul.body.article.text).toContain('Ferry fares will rise');
    expect(nul.body.article.text).not.toContain('\u0000');
  });

  it('answers unreachable, non-HTML, oversized, slow and empty pages with 422 and stores nothing', async () => {
    const before = await articleCount();
    const closedPort = `http://127.0.0.1:1/article`;
    const cases: [string, string][] = [
      [`${base}/missing`, 'URL_FETCH_FAILED'],
      [`${base}/image`, 'URL_FETCH_FAILED'],
      [`${base}/json`, 'URL_FETCH_FAILED'],
      [`${base}/huge`, 'URL_FETCH_FAILED'],
      [`${base}/slow`, 'URL_FETCH_FAILED'],
      [`${base}/loop`, 'URL_FETCH_FAILED'],
      [`${base}/to-ftp`, 'URL_FETCH_FAILED'],
      [`${base}/gzip-bomb`, 'URL_FETCH_FAILED'],
      [`${base}/bad-gzip`, 'URL_FETCH_FAILED'],
      [`${base}/compress`, 'URL_FETCH_FAILED'],
      [`${base}/bad-redirect`, 'URL_FETCH_FAILED'],
      [`${base}/long-redirect`, 'URL_FETCH_FAILED'],
      [closedPort, 'URL_FETCH_FAILED'],
      ['http://no-such-host.invalid/', 'URL_FETCH_FAILED'],
      ['ftp://example.com/file', 'URL_FETCH_FAILED'],
      ['file:///etc/passwd', 'URL_FETCH_FAILED'],
      [`http://user:pw@127.0.0.1:1/`, 'URL_FETCH_FAILED'],
      [`${base}/empty`, 'UNPROCESSABLE'],
    ];
    for (const [url, code] of cases) {
      const response = await importUrl(url);
      expect({ url, status: response.status, code: response.body.code }).toEqual({ url, status: 422, code });
      expect(typeof response.body.message).toBe('string');
    }
    expect(await articleCount()).toBe(before);
  });

  it('refuses malformed bodies with 400', async () => {
    for (const body of [
      {},
      { url: 42 },
      { url: 'not a url' },
      { url: `${base}/article`, title: 'extra' },
      // 700 characters as typed, 4,200 once encoded: too long for the column that keeps the address.
      { url: `${base}/article?q=${'é'.repeat(700)}` },
    ]) {
      const response = await testApp
        .http()
        .post('/api/articles/import-url')
        .set('Cookie', as.checker.cookie)
        .send(body);
      expect({ body, status: response.status, code: response.body.code }).toEqual({
        body,
        status: 400,
        code: 'VALIDATION_FAILED',
      });
    }
  });

  describe('with private addresses refused (the default)', () => {
    let guarded: TestApp;
    let cookie: string;

    beforeAll(async () => {
      guarded = await startTestApp({ URL_FETCH_TIMEOUT_MS: '1000' });
      cookie = (await roleSessions(guarded)).checker.cookie;
    });
    afterAll(() => guarded.close());

    it.each([
      ['loopback IPv4', () => `${base}/article`],
      ['localhost by name', () => base.replace('127.0.0.1', 'localhost') + '/article'],
      ['loopback IPv6', () => 'http://[::1]:1/'],
      ['link-local (cloud metadata)', () => 'http://169.254.169.254/latest/meta-data/'],
      ['private range', () => 'http://10.0.0.1/'],
      ['IPv4-mapped IPv6 loopback', () => 'http://[::ffff:127.0.0.1]:1/'],
      ['decimal-encoded loopback', () => 'http://2130706433/'],
    ])('refuses %s with 422', async (_label, url) => {
      const response = await guarded
        .http()
        .post('/api/articles/import-url')
        .set('Cookie', cookie)
        .send({ url: url() });
      expect({ status: response.status, code: response.body.code }).toEqual({
        status: 422,
        code: 'URL_FETCH_FAILED',
      });
      expect(response.body.message).toMatch(/private|loopback|link-local/i);
    });
  });
});
