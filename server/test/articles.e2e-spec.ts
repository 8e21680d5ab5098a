import type { Role } from '@claimdesk/shared';
import { DataSource } from 'typeorm';
import { Claim } from '../src/claims/claim.entity';
import { claimsOf, makeArticle, roleSessions, SAMPLE_ARTICLE, type RoleSession } from './support/articles';
import { startTestApp, type TestApp } from './support/test-app';

describe('articles API', () => {
  let testApp: TestApp;
  let as: Record<Role, RoleSession>;

  beforeAll(async () => {
    testApp = await startTestApp();
    as = await roleSessions(testApp);
  });
  afterAll(() => testApp.close());

  const get = (path: string, role: Role) => testApp.http().get(path).set('Cookie', as[role].cookie);
  const post = (path: string, role: Role) => testApp.http().post(path).set('Cookie', as[role].cookie);
  const del = (path: string, role: Role) => testApp.http().delete(path).set('Cookie', as[role].cookie);
  const articleCount = async () =>
    (await get('/api/articles?limit=200', 'admin').expect(200)).body.items.length;

  describe('access', () => {
    it('refuses anonymous callers on every article route with 401', async () => {
      const id = '00000000-0000-4000-8000-000000000000';
      const calls = [
        testApp.http().get('/api/articles'),
        testApp.http().post('/api/articles').send({ text: 'x' }),
        testApp.http().post('/api/articles/upload'),
        testApp.http().post('/api/articles/import-url').send({ url: 'http://example.com' }),
        testApp.http().get(`/api/articles/${id}`),
        testApp.http().delete(`/api/articles/${id}`),
        testApp.http().post(`/api/articles/${id}/extract`),
      ];
      for (const call of calls) {
        const response = await call;
        expect({ status: response.status, code: response.body.code }).toEqual({
          status: 401,
          code: 'UNAUTHENTICATED',
        });
      }
    });

    it('refuses viewers imports, and checkers deletion and re-extraction, with 403', async () => {
      const { article } = await makeArticle(testApp, as.admin.user.id);
      await post('/api/articles', 'viewer').send({ text: 'Some text.' }).expect(403);
      await post('/api/articles/import-url', 'viewer').send({ url: 'http://example.com' }).expect(403);
      await post('/api/articles/upload', 'viewer').attach('file', Buffer.from('x'), 'a.txt').expect(403);
      await del(`/api/articles/${article.id}`, 'checker').expect(403);
      await post(`/api/articles/${article.id}/extract`, 'checker').expect(403);
      await get(`/api/articles/${article.id}`, 'viewer').expect(200);
    });
  });

  describe('import of pasted text', () => {
    it('stores the text exactly and creates claims for the check-worthy sentences', async () => {
      const response = await post('/api/articles', 'checker').send({ text: SAMPLE_ARTICLE }).expect(201);
      const { article, claimsCreated } = response.body;
      expect(article.text).toBe(SAMPLE_ARTICLE);
      expect(article.title).toBe(
        'Donald Trump and Vladimir Putin meet in Alaska to discuss peace without Ukraine.',
      );
      expect(article.importedBy).toBe(as.checker.user.id);
      expect(Date.parse(article.importedAt)).not.toBeNaN();
      expect(claimsCreated).toBeGreaterThan(5);
      expect(article.claimTotal).toBe(claimsCreated);
      expect(article.claimCounts).toEqual({
        detected: claimsCreated,
        in_research: 0,
        in_review: 0,
        changes_requested: 0,
        approved: 0,
        dismissed: 0,
      });
      const claims = await claimsOf(testApp, article.id, as.checker.user);
      expect(claims).toHaveLength(claimsCreated);
      for (const claim of claims) expect(claim.text).toBe(SAMPLE_ARTICLE.slice(claim.start, claim.end));
      // Credits and calls to action are boilerplate, never claims.
      expect(claims.map((claim) => claim.text)).not.toContain('Video / NZ Herald');
    });

    it('keeps metadata and normalises the publication date', async () => {
      const response = await post('/api/articles', 'editor')
        .send({
          text: 'The council spent $3.5m on roads in 2024, up 12% on the year before.',
          title: '  Roads  ',
          outlet: 'The Gazette',
          author: 'Jane Doe',
          url: 'https://news.example.com/roads',
          publishedAt: '2025-08-16T09:00:00+02:00',
        })
        .expect(201);
      expect(response.body.article).toMatchObject({
        title: 'Roads',
        outlet: 'The Gazette',
        author: 'Jane Doe',
        url: 'https://news.example.com/roads',
        publishedAt: '2025-08-16T07:00:00.000Z',
      });
    });

    it('keeps whitespace and Unicode as given, so offsets stay valid', async () => {
      const text =
        'Zürich\u00a0said 40% of 🚲 trips rose.\r\n\r\n\u200bThe mayor said 12 new lanes opened in 2024.  ';
      const { body } = await post('/api/articles', 'checker').send({ text }).expect(201);
      const fetched = await get(`/api/articles/${body.article.id}`, 'viewer').expect(200);
      expect(fetched.body.text).toBe(text);
      for (const claim of await claimsOf(testApp, body.article.id, as.viewer.user)) {
        expect(claim.text).toBe(text.slice(claim.start, claim.end));
      }
    });
  });

  describe('list and get', () => {
    it('lists newest first with counts for every state, searchable by title', async () => {
      await makeArticle(testApp, as.editor.user.id, { title: 'Harbour bridge TOLLS doubled' });
      const all = await get('/api/articles', 'viewer').expect(200);
      expect(all.body.items.length).toBeGreaterThan(1);
      expect(all.body.items[0].title).toBe('Harbour bridge TOLLS doubled');
      expect(all.body.items[0]).not.toHaveProperty('text');
      expect(Object.keys(all.body.items[0].claimCounts).sort()).toEqual([
        'approved',
        'changes_requested',
        'detected',
        'dismissed',
        'in_research',
        'in_review',
      ]);
      const found = await get('/api/articles?q=bridge%20tolls', 'viewer').expect(200);
      expect(found.body.items.map((item: { title: string }) => item.title)).toEqual([
        'Harbour bridge TOLLS doubled',
      ]);
      const none = await get('/api/articles?q=100%25_', 'viewer').expect(200);
      expect(none.body.items).toEqual([]);
    });

    it('pages with an opaque cursor, each article once', async () => {
      const seen: string[] = [];
      let cursor: string | null = null;
      do {
        const query: string = cursor ? `?limit=2&cursor=${cursor}` : '?limit=2';
        const page = await get(`/api/articles${query}`, 'viewer').expect(200);
        seen.push(...page.body.items.map((item: { id: string }) => item.id));
        cursor = page.body.nextCursor;
      } while (cursor);
      expect(new Set(seen).size).toBe(seen.length);
      expect(seen.length).toBe(await articleCount());
    });

    it('answers 404 for an unknown article and 400 for a malformed id', async () => {
      const missing = await get('/api/articles/00000000-0000-4000-8000-000000000000', 'viewer').expect(404);
      expect(missing.body.code).toBe('NOT_FOUND');
      await get('/api/articles/not-a-uuid', 'viewer').expect(400);
    });
  });

  describe('delete', () => {
    it('deletes an article and its claims', async () => {
      const { article } = await makeArticle(testApp, as.admin.user.id);
      await del(`/api/articles/${article.id}`, 'editor').expect(204);
      await get(`/api/articles/${article.id}`, 'viewer').expect(404);
      await get(`/api/articles/${article.id}/claims`, 'viewer').expect(404);
      const left = await testApp.app.get(DataSource).getRepository(Claim).countBy({ articleId: article.id });
      expect(left).toBe(0);
    });

    it('refuses while a claim has an approved verdict, unless forced', async () => {
      const { article } = await makeArticle(testApp, as.admin.user.id);
      const [claim] = await claimsOf(testApp, article.id, as.admin.user);
      await testApp.app.get(DataSource).getRepository(Claim).update({ id: claim!.id }, { state: 'approved' });
      const refused = await del(`/api/articles/${article.id}`, 'admin').expect(409);
      expect(refused.body).toMatchObject({ code: 'CONFLICT', details: { approvedClaims: 1 } });
      await get(`/api/articles/${article.id}`, 'viewer').expect(200);
      await del(`/api/articles/${article.id}?force=yes`, 'admin').expect(400);
      await del(`/api/articles/${article.id}?force=true`, 'admin').expect(204);
      const trail = await get(`/api/audit?action=article.delete`, 'admin').expect(200);
      expect(trail.body.items[0]).toMatchObject({
        targetId: article.id,
        before: { approvedClaims: 1 },
        after: { force: true },
      });
    });
  });

  describe('re-extraction', () => {
    it('keeps claims people worked on and adds no duplicate spans', async () => {
      const { article, claimsCreated } = await makeArticle(testApp, as.admin.user.id);
      const [edited, dismissed, commented, untouched] = await claimsOf(testApp, article.id, as.admin.user);
      await testApp
        .http()
        .patch(`/api/claims/${edited!.id}`)
        .set('Cookie', as.checker.cookie)
        .send({ version: 1, checkedText: 'Reworded' })
        .expect(200);
      await post(`/api/claims/${dismissed!.id}/dismiss`, 'editor')
        .send({ version: 1, reason: 'Opinion' })
        .expect(200);
      await post(`/api/claims/${commented!.id}/comments`, 'checker')
        .send({ body: 'Check the 2023 figures' })
        .expect(201);
      const response = await post(`/api/articles/${article.id}/extract`, 'editor').expect(200);
      expect(response.body).toMatchObject({
        claimsKept: 3,
        claimsRemoved: claimsCreated - 3,
        claimsCreated: claimsCreated - 3,
      });
      const after = await claimsOf(testApp, article.id, as.admin.user);
      expect(after).toHaveLength(claimsCreated);
      expect(after.find((claim) => claim.id === edited!.id)?.checkedText).toBe('Reworded');
      expect(after.find((claim) => claim.id === dismissed!.id)?.state).toBe('dismissed');
      expect(after.find((claim) => claim.id === commented!.id)).toBeDefined();
      expect(after.find((claim) => claim.id === untouched!.id)).toBeUndefined();
      const spans = after.map((claim) => `${claim.start}:${claim.end}`);
      expect(new Set(spans).size).toBe(spans.length);
    });

    it('answers 404 for an unknown article', async () => {
      await post('/api/articles/00000000-0000-4000-8000-000000000000/extract', 'editor').expect(404);
    });
  });

  describe('bad input', () => {
    it('refuses each with a coded 4xx and stores nothing', async () => {
      const before = await articleCount();
      const cases: [object | string, number, string][] = [
        [{ text: '' }, 422, 'UNPROCESSABLE'],
        [{ text: ' \n\t ' }, 422, 'UNPROCESSABLE'],
        [{}, 400, 'VALIDATION_FAILED'],
        [{ text: 42 }, 400, 'VALIDATION_FAILED'],
        [{ text: ['a'] }, 400, 'VALIDATION_FAILED'],
        [{ text: 'Fine.', importedBy: 'someone' }, 400, 'VALIDATION_FAILED'],
        [{ text: 'Fine.', title: 'x'.repeat(501) }, 400, 'VALIDATION_FAILED'],
        [{ text: 'Fine.', publishedAt: 'yesterday' }, 400, 'VALIDATION_FAILED'],
        [{ text: 'Fine.', url: 'javascript:alert(1)' }, 400, 'VALIDATION_FAILED'],
        ['{"text": "unterminated', 400, 'VALIDATION_FAILED'],
        [{ text: 'é'.repeat(1_100_000) }, 413, 'PAYLOAD_TOO_LARGE'],
        [{ text: 'a'.repeat(5 * 1024 * 1024) }, 413, 'PAYLOAD_TOO_LARGE'],
      ];
      for (const [body, status, code] of cases) {
        const request = post('/api/articles', 'checker');
        const response =
          typeof body === 'string'
            ? await request.set('Content-Type', 'application/json').send(body)
            : await request.send(body);
        expect({ status: response.status, code: response.body.code }).toEqual({ status, code });
        expect(typeof response.body.message).toBe('string');
      }
      expect(await articleCount()).toBe(before);
    });
  });
});
