/**
 * `npm run bench:api`: the claim list of a 50-claim article against a bare health check, in one run, on a
 * temporary SQLite file (or DATABASE_URL's PostgreSQL), loopback only. autocannon runs in a child process so
 * the load generator does not share the server's event loop. Prints requests/s, p50/p99 and the ratio, then
 * the same two reads served by plain node:http with the app's own services, as a peer that shows the
 * framework's share.
 */
import 'reflect-metadata';
import { execFile } from 'node:child_process';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { promisify } from 'node:util';
import { DataSource } from 'typeorm';
import { ArticlesService } from '../src/articles/articles.service';
import { SESSION_COOKIE } from '../src/auth/requires.decorator';
import type { SessionUser } from '../src/auth/session-user';
import { SessionsService } from '../src/auth/sessions.service';
import { Claim } from '../src/claims/claim.entity';
import { ClaimsService } from '../src/claims/claims.service';
import { makeUser, sessionCookie } from '../test/support/factories';
import { SAMPLE_ARTICLE } from '../test/support/articles';
import { startTestApp, type TestApp } from '../test/support/test-app';

const CLAIMS = 50;
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 64);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const run = promisify(execFile);

interface Measurement {
  name: string;
  requestsPerSecond: number;
  p50: number;
  p99: number;
  non2xx: number;
  errors: number;
}

/** An article with exactly CLAIMS claims: the sample article repeated, trimmed or topped up to the count. */
async function articleWithClaims(testApp: TestApp, admin: SessionUser): Promise<string> {
  const adminId = admin.id;
  const text = Array.from({ length: 4 }, () => SAMPLE_ARTICLE).join('\n\n');
  const { article } = await testApp.app
    .get(ArticlesService)
    .importArticle({ text, title: 'Bench article' }, adminId);
  const claims = testApp.app.get(DataSource).getRepository(Claim);
  const existing = await claims.find({ where: { articleId: article.id }, order: { start: 'ASC' } });
  const extra = existing.slice(CLAIMS).map((claim) => claim.id);
  if (extra.length > 0) await claims.delete(extra);
  const service = testApp.app.get(ClaimsService);
  let cursor = existing[existing.length - 1]?.end ?? 0;
  for (let count = Math.min(existing.length, CLAIMS); count < CLAIMS; count += 1) {
    const start = text.indexOf(' ', cursor) + 1;
    const end = text.indexOf(' ', start);
    await service.create(article.id, { start, end }, admin);
    cursor = end;
  }
  const total = await claims.countBy({ articleId: article.id });
  if (total !== CLAIMS) throw new Error(`Expected ${CLAIMS} claims, made ${total}`);
  return article.id;
}

async function measure(name: string, url: string, headers: string[] = []): Promise<Measurement> {
  const cli = require.resolve('autocannon/autocannon.js');
  const args = [
    cli,
    '-j',
    '-c',
    String(CONNECTIONS),
    '-d',
    String(SECONDS),
    ...headers.flatMap((h) => ['-H', h]),
    url,
  ];
  // A short warm-up first, so JIT and caches do not count against whichever endpoint runs first.
  await run(process.execPath, [
    cli,
    '-j',
    '-c',
    String(CONNECTIONS),
    '-d',
    '2',
    ...headers.flatMap((h) => ['-H', h]),
    url,
  ]);
  const { stdout } = await run(process.execPath, args, { maxBuffer: 16 * 1024 * 1024 });
  const result = JSON.parse(stdout) as {
    requests: { average: number };
    latency: { p50: number; p99: number };
    non2xx: number;
    errors: number;
  };
  return {
    name,
    requestsPerSecond: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    non2xx: result.non2xx,
    errors: result.errors,
  };
}

/**
 * The same two reads without Nest and Express: node:http calling the app's own services (the session look-up,
 * the claim list, SELECT 1). Not a product path; it shows how much of each figure is the framework's.
 */
async function bareServer(testApp: TestApp, articleId: string): Promise<{ server: Server; url: string }> {
  const dataSource = testApp.app.get(DataSource);
  const sessions = testApp.app.get(SessionsService);
  const claims = testApp.app.get(ClaimsService);
  const cookiePattern = new RegExp(`${SESSION_COOKIE}=([^;]+)`);
  const server = createServer((request, response) => {
    const answer = async (): Promise<unknown> => {
      if (request.url === '/health') {
        await dataSource.query('SELECT 1');
        return { status: 'ok' };
      }
      const token = cookiePattern.exec(request.headers.cookie ?? '')?.[1];
      const user = await sessions.resolve(token);
      if (!user) throw new Error('no session');
      return claims.list({}, user, articleId);
    };
    answer().then(
      (body) => {
        response.setHeader('Content-Type', 'application/json; charset=utf-8');
        response.end(JSON.stringify(body));
      },
      () => {
        response.statusCode = 500;
        response.end();
      },
    );
  });
  await new Promise<void>((listening) => server.listen(0, '127.0.0.1', listening));
  return { server, url: `http://127.0.0.1:${(server.address() as AddressInfo).port}` };
}

function printTable(measurements: Measurement[]): void {
  console.table(
    measurements.map((m) => ({
      endpoint: m.name,
      'req/s': Math.round(m.requestsPerSecond),
      'p50 ms': m.p50,
      'p99 ms': m.p99,
      non2xx: m.non2xx,
      errors: m.errors,
    })),
  );
}

async function main(): Promise<void> {
  // The per-address rate limit would answer most of the load with 429s; the bench measures the endpoints.
  const testApp = await startTestApp({ LOG_LEVEL: 'silent', RATE_LIMIT_PER_MINUTE: '0' });
  try {
    const admin = await makeUser(testApp, 'admin');
    const checker = await makeUser(testApp, 'checker');
    const articleId = await articleWithClaims(testApp, { ...admin.user });
    const cookie = await sessionCookie(testApp, checker.user.id);
    const check = await testApp
      .http()
      .get(`/api/articles/${articleId}/claims`)
      .set('Cookie', cookie)
      .expect(200);
    if (check.body.items.length !== CLAIMS)
      throw new Error(`The list returned ${check.body.items.length} claims`);

    console.log(
      `ClaimDesk API bench: ${testApp.database.kind}, ${CONNECTIONS} connections, ${SECONDS} s each, loopback, Node ${process.version}`,
    );
    const health = await measure('GET /api/health', `${testApp.url}/api/health`);
    const claims = await measure(
      `GET /api/articles/:id/claims (${CLAIMS} claims)`,
      `${testApp.url}/api/articles/${articleId}/claims`,
      [`Cookie=${cookie}`],
    );
    printTable([health, claims]);
    const ratio = claims.requestsPerSecond / health.requestsPerSecond;
    console.log(
      `ratio claims/health: ${ratio.toFixed(2)} (aim ≥ 0.50); claims p99: ${claims.p99} ms (aim < 25 ms)`,
    );
    if (claims.non2xx > 0 || health.non2xx > 0) console.log('warning: some responses were not 2xx');

    const bare = await bareServer(testApp, articleId);
    try {
      const bareHealth = await measure('node:http + SELECT 1', `${bare.url}/health`);
      const bareClaims = await measure(`node:http + the same claim list`, `${bare.url}/claims`, [
        `Cookie=${cookie}`,
      ]);
      console.log(
        '\nThe same reads without Nest and Express (a peer for the figures above, not a product path):',
      );
      printTable([bareHealth, bareClaims]);
      const share = (nest: Measurement, plain: Measurement) =>
        `${Math.round(100 * (1 - nest.requestsPerSecond / plain.requestsPerSecond))}%`;
      console.log(
        `framework's share of the time: health ${share(health, bareHealth)}, claims ${share(claims, bareClaims)}; ` +
          `ratio claims/health without it: ${(bareClaims.requestsPerSecond / bareHealth.requestsPerSecond).toFixed(2)}`,
      );
    } finally {
      await new Promise((closed) => bare.server.close(closed));
    }
  } finally {
    await testApp.close();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
