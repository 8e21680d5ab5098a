import type { ArticleDto, ClaimDto, Role } from '@claimdesk/shared';
import fc from 'fast-check';
import { DataSource } from 'typeorm';
import { Claim } from '../src/claims/claim.entity';
import { Article } from '../src/articles/article.entity';
import { claimsOf, makeArticle, roleSessions, type RoleSession } from './support/articles';
import { startTestApp, type TestApp } from './support/test-app';

const MISSING = '00000000-0000-4000-8000-000000000000';

describe('claims API', () => {
  let testApp: TestApp;
  let as: Record<Role, RoleSession>;
  let article: ArticleDto;
  let claims: ClaimDto[];

  beforeAll(async () => {
    testApp = await startTestApp();
    as = await roleSessions(testApp);
    article = (await makeArticle(testApp, as.admin.user.id)).article;
    claims = await claimsOf(testApp, article.id, as.admin.user);
  });
  afterAll(() => testApp.close());

  const get = (path: string, role: Role = 'viewer') =>
    testApp.http().get(path).set('Cookie', as[role].cookie);
  const post = (path: string, role: Role) => testApp.http().post(path).set('Cookie', as[role].cookie);
  const patch = (path: string, role: Role) => testApp.http().patch(path).set('Cookie', as[role].cookie);
  const current = async (id: string): Promise<ClaimDto> => (await get(`/api/claims/${id}`).expect(200)).body;
  const freshArticle = async () => {
    const made = await makeArticle(testApp, as.admin.user.id);
    return { article: made.article, claims: await claimsOf(testApp, made.article.id, as.admin.user) };
  };

  describe('access', () => {
    it('refuses anonymous callers with 401', async () => {
      const id = claims[0]!.id;
      for (const call of [
        testApp.http().get('/api/claims'),
        testApp.http().get(`/api/articles/${article.id}/claims`),
        testApp.http().post(`/api/articles/${article.id}/claims`).send({ start: 0, end: 5 }),
        testApp.http().patch(`/api/claims/${id}`).send({ version: 1 }),
        testApp.http().post(`/api/claims/${id}/split`).send({ version: 1, at: 1 }),
        testApp.http().post('/api/claims/merge').send({}),
        testApp.http().post(`/api/claims/${id}/dismiss`).send({ version: 1, reason: 'x' }),
        testApp.http().post(`/api/claims/${id}/restore`).send({ version: 1 }),
      ]) {
        const response = await call;
        expect({ status: response.status, code: response.body.code }).toEqual({
          status: 401,
          code: 'UNAUTHENTICATED',
        });
      }
    });

    it('lets viewers read but refuses them every write with 403', async () => {
      const id = claims[0]!.id;
      await get('/api/claims').expect(200);
      await get(`/api/articles/${article.id}/claims`).expect(200);
      for (const call of [
        post(`/api/articles/${article.id}/claims`, 'viewer').send({ start: 0, end: 5 }),
        patch(`/api/claims/${id}`, 'viewer').send({ version: 1, checkedText: 'x' }),
        post(`/api/claims/${id}/split`, 'viewer').send({ version: 1, at: claims[0]!.start + 3 }),
        post('/api/claims/merge', 'viewer').send({
          claimIds: [claims[0]!.id, claims[1]!.id],
          versions: [1, 1],
        }),
        post(`/api/claims/${id}/dismiss`, 'viewer').send({ version: 1, reason: 'x' }),
        post(`/api/claims/${id}/restore`, 'viewer').send({ version: 1 }),
      ]) {
        const response = await call;
        expect({ status: response.status, code: response.body.code }).toEqual({
          status: 403,
          code: 'FORBIDDEN',
        });
      }
      expect(await current(id)).toEqual(claims[0]);
    });
  });

  describe('listing', () => {
    it("lists an article's claims in article order, each the exact slice of the text", async () => {
      const { body } = await get(`/api/articles/${article.id}/claims?limit=200`).expect(200);
      expect(body.nextCursor).toBeNull();
      expect(body.items.length).toBeGreaterThan(5);
      const starts = body.items.map((claim: ClaimDto) => claim.start);
      expect(starts).toEqual([...starts].sort((a, b) => a - b));
      for (const claim of body.items as ClaimDto[]) {
        expect(claim.text).toBe(article.text.slice(claim.start, claim.end));
        expect(claim).toMatchObject({
          articleId: article.id,
          state: 'detected',
          origin: 'extraction',
          version: 1,
          assigneeId: null,
        });
        expect(claim.score).toBeGreaterThanOrEqual(0);
        expect(claim.score).toBeLessThanOrEqual(1);
      }
    });

    it.each(['position', 'score', 'updatedAt'])(
      'pages through every claim exactly once sorted by %s',
      async (sort) => {
        const seen: ClaimDto[] = [];
        let cursor: string | null = null;
        do {
          const page: { body: { items: ClaimDto[]; nextCursor: string | null } } = await get(
            `/api/claims?sort=${sort}&limit=3${cursor ? `&cursor=${cursor}` : ''}`,
          ).expect(200);
          expect(page.body.items.length).toBeLessThanOrEqual(3);
          seen.push(...page.body.items);
          cursor = page.body.nextCursor;
        } while (cursor);
        const total = await testApp.app.get(DataSource).getRepository(Claim).count();
        expect(seen).toHaveLength(total);
        expect(new Set(seen.map((claim) => claim.id)).size).toBe(total);
        if (sort === 'score') {
          const scores = seen.map((claim) => claim.score);
          expect(scores).toEqual([...scores].sort((a, b) => b - a));
        }
      },
    );

    it('names the article of every claim on a cross-article page, and only those', async () => {
      const other = await freshArticle();
      await testApp.app
        .get(DataSource)
        .getRepository(Article)
        .update({ id: other.article.id }, { title: 'A second take on the summit' });
      const page = await get('/api/claims?sort=updatedAt&limit=200').expect(200);
      const articleIds = [...new Set((page.body.items as ClaimDto[]).map((claim) => claim.articleId))].sort();
      expect(articleIds).toEqual(expect.arrayContaining([article.id, other.article.id]));
      expect(Object.keys(page.body.articleTitles).sort()).toEqual(articleIds);
      expect(page.body.articleTitles[other.article.id]).toBe('A second take on the summit');
      expect(page.body.articleTitles[article.id]).toBe(article.title);

      const none = await get('/api/claims?q=no-claim-says-this-zzz').expect(200);
      expect(none.body).toEqual({ items: [], nextCursor: null, articleTitles: {} });
      // An article's own list needs no titles.
      const own = await get(`/api/articles/${article.id}/claims?limit=1`).expect(200);
      expect(own.body.articleTitles).toBeUndefined();
    });

    it('filters by state, type, speaker, score range, text and assignee', async () => {
      const base = `/api/articles/${article.id}/claims?limit=200`;
      const quoted = claims.find((claim) => claim.speaker !== null)!;
      const bySpeaker = await get(
        `${base}&speaker=${encodeURIComponent(quoted.speaker!.toUpperCase())}`,
      ).expect(200);
      expect(bySpeaker.body.items.length).toBeGreaterThan(0);
      for (const claim of bySpeaker.body.items) expect(claim.speaker).toBe(quoted.speaker);

      const byType = await get(`${base}&type=${quoted.type}`).expect(200);
      expect(byType.body.items.every((claim: ClaimDto) => claim.type === quoted.type)).toBe(true);
      expect(byType.body.items.length).toBe(claims.filter((claim) => claim.type === quoted.type).length);

      const byScore = await get(`${base}&minScore=0.7&maxScore=0.9`).expect(200);
      expect(byScore.body.items.length).toBe(
        claims.filter((claim) => claim.score >= 0.7 && claim.score <= 0.9).length,
      );

      const byText = await get(`${base}&q=${encodeURIComponent('PUTIN')}`).expect(200);
      expect(byText.body.items.length).toBe(claims.filter((claim) => /putin/i.test(claim.text)).length);
      // The sample prints typographic quotes; people type straight ones (and the other way round).
      const curly = claims.find((claim) => /\w’\w/.test(claim.text))!;
      const typed = /\w+’\w+/.exec(curly.text)![0].replace('’', "'");
      const byStraightQuote = await get(`${base}&q=${encodeURIComponent(typed)}`).expect(200);
      expect(byStraightQuote.body.items.map((claim: ClaimDto) => claim.id)).toContain(curly.id);

      const target = claims[2]!;
      await testApp.app
        .get(DataSource)
        .getRepository(Claim)
        .update({ id: target.id }, { assigneeId: as.checker.user.id });
      const mine = await get(`${base}&assignee=me`, 'checker').expect(200);
      expect(mine.body.items.map((claim: ClaimDto) => claim.id)).toEqual([target.id]);
      const theirs = await get(`/api/claims?assignee=${as.checker.user.id}`).expect(200);
      expect(theirs.body.items.map((claim: ClaimDto) => claim.id)).toEqual([target.id]);
      const unassigned = await get(`${base}&assignee=none`).expect(200);
      expect(unassigned.body.items.length).toBe(claims.length - 1);
      await testApp.app.get(DataSource).getRepository(Claim).update({ id: target.id }, { assigneeId: null });

      const states = await get(`${base}&state=dismissed,approved`).expect(200);
      expect(states.body.items).toEqual([]);
      const repeated = await get(`${base}&state=detected&state=dismissed`).expect(200);
      expect(repeated.body.items.length).toBe(claims.length);
    });

    it('refuses bad filters, sorts, limits and cursors with 400, and unknown articles with 404', async () => {
      for (const query of [
        'state=bogus',
        'type=rumour',
        'sort=random',
        'limit=0',
        'limit=201',
        'limit=ten',
        'minScore=2',
        'maxScore=-1',
        'minScore=abc',
        'cursor=notbase64!!',
        `cursor=${Buffer.from('{"s":"score","k":["x"],"id":"a"}').toString('base64url')}`,
        'unknown=1',
        'state[a]=b',
      ]) {
        const response = await get(`/api/claims?${query}`);
        expect({ query, status: response.status, code: response.body.code }).toEqual({
          query,
          status: 400,
          code: 'VALIDATION_FAILED',
        });
      }
      await get(`/api/articles/${MISSING}/claims`).expect(404);
      await get('/api/articles/nope/claims').expect(400);
      await get(`/api/claims/${MISSING}`).expect(404);
    });
  });

  describe('creating from a selection', () => {
    it('stores the exact slice as a detected manual claim', async () => {
      const start = article.text.indexOf('Trump left Washington');
      const end = start + 'Trump left Washington for Anchorage on Friday'.length;
      const { body } = await post(`/api/articles/${article.id}/claims`, 'checker')
        .send({ start, end })
        .expect(201);
      expect(body).toMatchObject({
        start,
        end,
        text: article.text.slice(start, end),
        state: 'detected',
        origin: 'manual',
        score: 1,
        version: 1,
      });
      // Lists say so too, so a screen can show "added by hand" rather than a score of 100 %.
      const listed = await get(`/api/articles/${article.id}/claims?limit=200`).expect(200);
      expect(listed.body.items.find((claim: ClaimDto) => claim.id === body.id)).toMatchObject({
        origin: 'manual',
      });
      const again = await post(`/api/articles/${article.id}/claims`, 'checker')
        .send({ start, end })
        .expect(409);
      expect(again.body.code).toBe('CONFLICT');
    });

    it('refuses selections outside the text and malformed bodies', async () => {
      const length = article.text.length;
      const cases: [unknown, number][] = [
        [{ start: 0, end: length + 1 }, 400],
        [{ start: 10, end: 10 }, 400],
        [{ start: 20, end: 10 }, 400],
        [{ start: -1, end: 10 }, 400],
        [{ start: 1.5, end: 10 }, 400],
        [{ start: '1', end: 10 }, 400],
        [{ start: 0 }, 400],
        [{ start: 0, end: 5, text: 'mine' }, 400],
        [{ start: 0, end: Number.MAX_SAFE_INTEGER + 2 }, 400],
        [[1, 2], 400],
      ];
      for (const [body, status] of cases) {
        const response = await post(`/api/articles/${article.id}/claims`, 'checker').send(body as object);
        expect({ body, status: response.status, code: response.body.code }).toEqual({
          body,
          status,
          code: 'VALIDATION_FAILED',
        });
      }
      const blank = article.text.indexOf('\n');
      await post(`/api/articles/${article.id}/claims`, 'checker')
        .send({ start: blank, end: blank + 1 })
        .expect(400);
      await post(`/api/articles/${MISSING}/claims`, 'checker').send({ start: 0, end: 5 }).expect(404);
      const malformed = await post(`/api/articles/${article.id}/claims`, 'checker')
        .set('Content-Type', 'application/json')
        .send('{"start": 0,');
      expect(malformed.status).toBe(400);
    });
  });

  describe('editing with optimistic locking', () => {
    it('rewords a claim and bumps its version', async () => {
      const claim = claims[3]!;
      const { body } = await patch(`/api/claims/${claim.id}`, 'checker')
        .send({
          version: claim.version,
          checkedText: 'Trump met Putin in Alaska',
          type: 'event',
          speaker: 'Reporter',
        })
        .expect(200);
      expect(body).toMatchObject({
        checkedText: 'Trump met Putin in Alaska',
        type: 'event',
        speaker: 'Reporter',
      });
      expect(body.version).toBe(claim.version + 1);
      expect(body.text).toBe(claim.text);
      const cleared = await patch(`/api/claims/${claim.id}`, 'checker')
        .send({ version: body.version, checkedText: null, speaker: null })
        .expect(200);
      expect(cleared.body).toMatchObject({ checkedText: null, speaker: null, type: 'event' });
    });

    it('answers a stale version with 409 and the current claim, never overwriting', async () => {
      const claim = claims[4]!;
      const first = await patch(`/api/claims/${claim.id}`, 'editor')
        .send({ version: 1, checkedText: 'first' })
        .expect(200);
      const stale = await patch(`/api/claims/${claim.id}`, 'checker')
        .send({ version: 1, checkedText: 'second' })
        .expect(409);
      expect(stale.body.code).toBe('VERSION_CONFLICT');
      expect(stale.body.details.current).toEqual(first.body);
      expect((await current(claim.id)).checkedText).toBe('first');
    });

    it('lets exactly one of many concurrent writers with the same version win', async () => {
      const claim = claims[5]!;
      const responses = await Promise.all(
        Array.from({ length: 8 }, (_, i) =>
          patch(`/api/claims/${claim.id}`, 'checker').send({
            version: claim.version,
            checkedText: `writer ${i}`,
          }),
        ),
      );
      const statuses = responses.map((response) => response.status).sort();
      expect(statuses).toEqual([200, 409, 409, 409, 409, 409, 409, 409]);
      expect((await current(claim.id)).version).toBe(claim.version + 1);
    });

    it('refuses bad edits with 400 and unknown claims with 404', async () => {
      const id = claims[6]!.id;
      for (const body of [
        { checkedText: 'no version' },
        { version: '1', checkedText: 'x' },
        { version: 1, type: 'rumour' },
        { version: 1, checkedText: 5 },
        { version: 1, state: 'approved' },
        { version: 1, text: 'rewrite the quote' },
        { version: 1, checkedText: 'x'.repeat(5001) },
      ]) {
        const response = await patch(`/api/claims/${id}`, 'checker').send(body);
        expect({ body, status: response.status }).toEqual({ body, status: 400 });
      }
      await patch(`/api/claims/${MISSING}`, 'checker').send({ version: 1 }).expect(404);
      expect(await current(id)).toEqual(claims[6]);
    });
  });

  describe('split and merge', () => {
    it('splits at an offset inside, trimming the whitespace at the cut, and merges back', async () => {
      const fresh = await freshArticle();
      const claim = fresh.claims.find((candidate) => candidate.text.includes(' '))!;
      const space = claim.text.indexOf(' ');
      const at = claim.start + space + 1;
      const { body: parts } = await post(`/api/claims/${claim.id}/split`, 'checker')
        .send({ version: claim.version, at })
        .expect(200);
      expect(parts).toHaveLength(2);
      expect(parts[0]).toMatchObject({
        id: claim.id,
        start: claim.start,
        end: claim.start + space,
        version: 2,
      });
      expect(parts[1]).toMatchObject({ start: at, end: claim.end, version: 1, state: 'detected' });
      for (const part of parts) expect(part.text).toBe(fresh.article.text.slice(part.start, part.end));

      const { body: merged } = await post('/api/claims/merge', 'checker')
        .send({ claimIds: [parts[1].id, parts[0].id], versions: [parts[1].version, parts[0].version] })
        .expect(200);
      expect(merged).toMatchObject({
        id: claim.id,
        start: claim.start,
        end: claim.end,
        text: claim.text,
        version: 3,
      });
      await get(`/api/claims/${parts[1].id}`).expect(404);
      const trail = await get(`/api/claims/${claim.id}/audit`, 'editor').expect(200);
      expect(trail.body.items.map((entry: { action: string }) => entry.action)).toEqual([
        'claim.merge',
        'claim.split',
      ]);
    });

    it('refuses splits at or outside the edges, and stale versions', async () => {
      const claim = claims[7]!;
      for (const at of [claim.start, claim.end, claim.end + 10]) {
        const response = await post(`/api/claims/${claim.id}/split`, 'checker').send({
          version: claim.version,
          at,
        });
        expect({ at, status: response.status }).toEqual({ at, status: 400 });
      }
      await post(`/api/claims/${claim.id}/split`, 'checker')
        .send({ version: 99, at: claim.start + 2 })
        .expect(409);
      await post(`/api/claims/${claim.id}/split`, 'checker')
        .send({ version: claim.version, at: 'middle' })
        .expect(400);
      await post(`/api/claims/${MISSING}/split`, 'checker').send({ version: 1, at: 5 }).expect(404);
    });

    it("refuses a merge that would delete the later claim's comments, and keeps both claims", async () => {
      const fresh = await freshArticle();
      const [first, second] = fresh.claims as [ClaimDto, ClaimDto];
      await post(`/api/claims/${second.id}/comments`, 'checker')
        .send({ body: 'Checked the figure' })
        .expect(201);
      const refused = await post('/api/claims/merge', 'checker')
        .send({ claimIds: [first.id, second.id], versions: [first.version, second.version] })
        .expect(409);
      expect(refused.body).toMatchObject({ code: 'CONFLICT', details: { claimId: second.id } });
      expect(await claimsOf(testApp, fresh.article.id, as.admin.user)).toEqual(fresh.claims);
      const thread = await get(`/api/claims/${second.id}/comments`).expect(200);
      expect(JSON.stringify(thread.body)).toContain('Checked the figure');
    });

    it('refuses to merge claims that are not neighbours in one article', async () => {
      const fresh = await freshArticle();
      const [first, , third] = fresh.claims;
      const apart = await post('/api/claims/merge', 'checker')
        .send({ claimIds: [first!.id, third!.id], versions: [1, 1] })
        .expect(422);
      expect(apart.body.code).toBe('UNPROCESSABLE');
      await post('/api/claims/merge', 'checker')
        .send({ claimIds: [first!.id, claims[1]!.id], versions: [1, claims[1]!.version] })
        .expect(422);
      await post('/api/claims/merge', 'checker')
        .send({ claimIds: [first!.id, first!.id], versions: [1, 1] })
        .expect(400);
      await post('/api/claims/merge', 'checker')
        .send({ claimIds: [first!.id], versions: [1] })
        .expect(400);
      await post('/api/claims/merge', 'checker')
        .send({ claimIds: ['a', 'b'], versions: [1, 1] })
        .expect(400);
      await post('/api/claims/merge', 'checker')
        .send({ claimIds: [first!.id, fresh.claims[1]!.id], versions: [1, 7] })
        .expect(409);
      await post('/api/claims/merge', 'checker')
        .send({ claimIds: [first!.id, MISSING], versions: [1, 1] })
        .expect(404);
      expect(await claimsOf(testApp, fresh.article.id, as.admin.user)).toEqual(fresh.claims);
    });
  });

  describe('dismiss and restore', () => {
    it('dismisses with the reason kept, and an editor restores', async () => {
      const claim = claims[8]!;
      const { body: dismissed } = await post(`/api/claims/${claim.id}/dismiss`, 'editor')
        .send({ version: claim.version, reason: 'Opinion, not checkable' })
        .expect(200);
      expect(dismissed).toMatchObject({ state: 'dismissed', dismissReason: 'Opinion, not checkable' });
      const byChecker = await post(`/api/claims/${claim.id}/restore`, 'checker').send({
        version: dismissed.version,
      });
      expect({ status: byChecker.status, code: byChecker.body.code }).toEqual({
        status: 403,
        code: 'ROLE_NOT_ALLOWED',
      });
      const { body: restored } = await post(`/api/claims/${claim.id}/restore`, 'editor')
        .send({ version: dismissed.version })
        .expect(200);
      expect(restored).toMatchObject({
        state: 'detected',
        dismissReason: null,
        version: dismissed.version + 1,
      });
      const again = await post(`/api/claims/${claim.id}/restore`, 'editor')
        .send({ version: restored.version })
        .expect(409);
      expect(again.body.code).toBe('CLAIM_TRANSITION_NOT_ALLOWED');
      const trail = await get(`/api/claims/${claim.id}/audit`, 'editor').expect(200);
      expect(trail.body.items.map((entry: { action: string }) => entry.action)).toEqual([
        'claim.restore',
        'claim.dismiss',
      ]);
      expect(trail.body.items[1]).toMatchObject({
        before: { state: 'detected' },
        after: { state: 'dismissed', reason: 'Opinion, not checkable' },
      });
    });

    it('follows the workflow rules: a reason is required, checkers dismiss only their own claims', async () => {
      const claim = claims[9]!;
      const noReason = await post(`/api/claims/${claim.id}/dismiss`, 'editor').send({
        version: claim.version,
        reason: ' ',
      });
      expect({ status: noReason.status, code: noReason.body.code }).toEqual({
        status: 422,
        code: 'REASON_REQUIRED',
      });
      const notTheirs = await post(`/api/claims/${claim.id}/dismiss`, 'checker').send({
        version: claim.version,
        reason: 'x',
      });
      expect({ status: notTheirs.status, code: notTheirs.body.code }).toEqual({
        status: 403,
        code: 'NOT_ASSIGNEE',
      });
      await testApp.app
        .get(DataSource)
        .getRepository(Claim)
        .update({ id: claim.id }, { assigneeId: as.checker.user.id });
      await post(`/api/claims/${claim.id}/dismiss`, 'checker')
        .send({ version: claim.version, reason: 'Duplicate' })
        .expect(200);
      await post(`/api/claims/${claim.id}/dismiss`, 'checker')
        .send({ version: claim.version, reason: 'Again' })
        .expect(409);
      await post(`/api/claims/${claim.id}/dismiss`, 'editor').send({ reason: 'no version' }).expect(400);
      await post(`/api/claims/${claim.id}/dismiss`, 'editor')
        .send({ version: 2, reason: 'x'.repeat(2001) })
        .expect(400);
    });
  });

  describe('random input', () => {
    it('never gets a 500 from any claim or article write', async () => {
      const id = claims[10]!.id;
      const targets = [
        `/api/articles/${article.id}/claims`,
        `/api/claims/${id}/split`,
        '/api/claims/merge',
        `/api/claims/${id}/dismiss`,
        `/api/claims/${id}/restore`,
        '/api/articles',
      ];
      await fc.assert(
        fc.asyncProperty(fc.constantFrom(...targets), fc.jsonValue({ maxDepth: 3 }), async (path, body) => {
          const response = await post(path, 'editor')
            .set('Content-Type', 'application/json')
            .send(JSON.stringify(body));
          expect(response.status).toBeLessThan(500);
          expect(typeof response.body.code === 'string' || response.status < 300).toBe(true);
        }),
        { numRuns: 120 },
      );
      await fc.assert(
        fc.asyncProperty(fc.jsonValue({ maxDepth: 3 }), async (body) => {
          const response = await patch(`/api/claims/${id}`, 'editor')
            .set('Content-Type', 'application/json')
            .send(JSON.stringify(body));
          expect(response.status).toBeLessThan(500);
        }),
        { numRuns: 60 },
      );
    });

    it('never gets a 500 from random query strings on the lists', async () => {
      const keys = [
        'state',
        'type',
        'assignee',
        'speaker',
        'minScore',
        'maxScore',
        'q',
        'sort',
        'limit',
        'cursor',
        'x',
      ];
      await fc.assert(
        fc.asyncProperty(
          fc.dictionary(
            fc.constantFrom(...keys),
            fc.oneof(fc.string(), fc.stringMatching(/^[0-9.,-]{0,6}$/)),
          ),
          fc.boolean(),
          async (query, perArticle) => {
            const path = perArticle ? `/api/articles/${article.id}/claims` : '/api/claims';
            const response = await get(path).query(query);
            expect(response.status).toBeLessThan(500);
          },
        ),
        { numRuns: 150 },
      );
    });

    it('stores any valid selection as exactly its slice', async () => {
      const text = article.text;
      await fc.assert(
        fc.asyncProperty(
          fc.integer({ min: 0, max: text.length - 1 }),
          fc.integer({ min: 1, max: 60 }),
          async (start, width) => {
            const end = Math.min(text.length, start + width);
            const response = await post(`/api/articles/${article.id}/claims`, 'checker').send({ start, end });
            expect([201, 400, 409]).toContain(response.status);
            if (response.status === 201) expect(response.body.text).toBe(text.slice(start, end));
          },
        ),
        { numRuns: 40 },
      );
    });
  });
});
