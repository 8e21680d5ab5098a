import type { UserDto } from '@claimdesk/shared';
import { DataSource } from 'typeorm';
import { makeUser, roleCases, sessionCookie, type Actor } from './support/factories';
import { csvObjects } from './support/export-files';
import { seedArticle, type SeedPeople, type SeededArticle } from './support/export-seed';
import { startTestApp, type TestApp } from './support/test-app';

const PUBLISHER = {
  PUBLISHER_NAME: 'Desk Check',
  PUBLISHER_URL: 'https://desk.example.org',
  PUBLIC_BASE_URL: 'https://reports.example.org',
};

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

describe('exports: /api/exports, /api/articles/:id/report, /api/reports', () => {
  let testApp: TestApp;
  let cookies: Record<Exclude<Actor, 'anonymous'>, string>;
  let checker: UserDto;
  let budget: SeededArticle;
  let empty: SeededArticle;
  let dated: SeededArticle;

  const get = (path: string, actor: Actor = 'editor') => {
    const request = testApp.http().get(path);
    return actor === 'anonymous' ? request : request.set('Cookie', cookies[actor]);
  };

  beforeAll(async () => {
    testApp = await startTestApp(PUBLISHER);
    const users = {
      admin: await makeUser(testApp, 'admin'),
      editor: await makeUser(testApp, 'editor', { displayName: 'Eddie Editor' }),
      checker: await makeUser(testApp, 'checker', { displayName: 'Chris Checker' }),
      viewer: await makeUser(testApp, 'viewer'),
    };
    checker = users.checker.user;
    cookies = {
      admin: await sessionCookie(testApp, users.admin.user.id),
      editor: await sessionCookie(testApp, users.editor.user.id),
      checker: await sessionCookie(testApp, checker.id),
      viewer: await sessionCookie(testApp, users.viewer.user.id),
    };
    const dataSource = testApp.app.get(DataSource);
    const people: SeedPeople = { checkerId: checker.id, editorId: users.editor.user.id };
    budget = await seedArticle(
      dataSource,
      people,
      { title: 'Council approves the budget', outlet: 'The Daily Example' },
      [
        {
          text: 'Unemployment fell by 3% last year.',
          checkedText: 'Unemployment fell by 3 percentage points in 2025.',
          speaker: 'Mayor Jane Doe',
          rating: 'mostly_true',
          rationale: 'The office reports **2.8** points.',
          approvedAt: '2026-11-24T15:30:00.000Z',
          sources: [
            { url: 'https://stats.example.gov/unemployment', title: 'Statistics office, table 4' },
            { url: null, title: 'Phone interview with the statistics office' },
            { url: 'https://old.example.org/removed', title: 'Removed after approval', removed: true },
          ],
        },
        { text: 'DRAFT CLAIM still in review.', state: 'in_review', rating: 'false' },
        {
          text: 'Hostile <script>alert("x")</script> claim.',
          checkedText: '=HYPERLINK("http://evil.example","click")',
          speaker: null,
          rating: 'false',
          rationale: 'Plain <script>alert("rationale")</script> text.',
          approvedAt: '2026-11-24T16:00:00.000Z',
        },
        { text: 'Dismissed opinion claim.', state: 'dismissed', rating: null },
        {
          text: 'Reopened then misleading claim.',
          rating: 'misleading',
          earlierRatings: ['true'],
          approvedAt: '2026-11-25T09:00:00.000Z',
        },
      ],
    );
    empty = await seedArticle(dataSource, people, { title: 'Nothing approved here' }, [
      { text: 'Still researching this one.', state: 'in_research', rating: null },
    ]);
    dated = await seedArticle(dataSource, people, { title: 'Dated claims' }, [
      { text: 'March claim.', rating: 'true', approvedAt: '2026-03-10T10:00:00.000Z' },
      { text: 'April claim.', rating: 'mixed', approvedAt: '2026-04-20T23:59:59.000Z' },
    ]);
  });
  afterAll(() => testApp.close());

  describe('who may export', () => {
    it.each(roleCases('exports.public'))(
      'public claims export: $actor',
      async ({ actor, allowed, deniedStatus }) => {
        const response = await get('/api/exports/claims.csv', actor);
        expect(response.status).toBe(allowed ? 200 : deniedStatus);
      },
    );

    it.each(roleCases('exports.internal'))(
      'internal claims export: $actor',
      async ({ actor, allowed, deniedStatus }) => {
        const response = await get('/api/exports/claims.jsonld?internal=true', actor);
        expect(response.status).toBe(allowed ? 200 : deniedStatus);
        if (!allowed)
          expect(response.body.code).toBe(actor === 'anonymous' ? 'UNAUTHENTICATED' : 'FORBIDDEN');
      },
    );

    it.each(roleCases('exports.public'))(
      'article report: $actor',
      async ({ actor, allowed, deniedStatus }) => {
        const response = await get(`/api/articles/${budget.article.id}/report.md`, actor);
        expect(response.status).toBe(allowed ? 200 : deniedStatus);
      },
    );

    it.each(roleCases('exports.internal'))(
      'internal article report: $actor',
      async ({ actor, allowed, deniedStatus }) => {
        const response = await get(`/api/articles/${budget.article.id}/report.html?internal=true`, actor);
        expect(response.status).toBe(allowed ? 200 : deniedStatus);
      },
    );

    it.each(roleCases('public'))('public report page: $actor', async ({ actor }) => {
      await get(`/api/reports/articles/${budget.article.id}`, actor).expect(200);
    });
  });

  describe('claims export', () => {
    it('CSV holds approved claims only, in article order, without emails or internal notes', async () => {
      const response = await get('/api/exports/claims.csv', 'viewer').expect(200);
      expect(response.headers['content-type']).toBe('text/csv; charset=utf-8; header=present');
      expect(response.headers['content-disposition']).toMatch(
        /^attachment; filename="claimdesk-claims-\d{4}-\d{2}-\d{2}\.csv"$/,
      );
      const rows = csvObjects(response.text);
      const mine = rows.filter((row) => row.article_id === budget.article.id);
      expect(mine.map((row) => row.claim_id)).toEqual([
        budget.claimIds[0],
        budget.claimIds[2],
        budget.claimIds[4],
      ]);
      expect(rows.every((row) => row.state === 'approved')).toBe(true);
      expect(response.text).not.toMatch(
        /DRAFT CLAIM|Dismissed opinion|Still researching|@test\.claimdesk\.local|Internal note/,
      );
      expect(mine[0]).toMatchObject({
        claim_as_checked: 'Unemployment fell by 3 percentage points in 2025.',
        speaker: 'Mayor Jane Doe',
        rating: 'mostly_true',
        rating_label: 'Mostly true',
        checker: 'Chris Checker',
        approver: 'Eddie Editor',
        approved_at: '2026-11-24T15:30:00.000Z',
        source_urls: 'https://stats.example.gov/unemployment\nhttps://old.example.org/removed',
      });
      expect(mine[2]).toMatchObject({ rating: 'misleading', rating_label: 'Misleading' });
    });

    it('CSV neutralises formulas, keeps quotes, and adds a BOM on request', async () => {
      const response = await get(`/api/exports/claims.csv?article=${budget.article.id}&bom=true`).expect(200);
      expect(response.text.charCodeAt(0)).toBe(0xfeff);
      const hostile = csvObjects(response.text).find((row) => row.claim_id === budget.claimIds[2])!;
      expect(hostile.claim_as_checked).toBe(`'=HYPERLINK("http://evil.example","click")`);
      expect(hostile.claim_text).toBe('Hostile <script>alert("x")</script> claim.');
    });

    it('internal CSV holds every state, with the state as a column, and filters by state', async () => {
      const all = csvObjects(
        (await get(`/api/exports/claims.csv?internal=true&article=${budget.article.id}`).expect(200)).text,
      );
      expect(all.map((row) => row.state)).toEqual([
        'approved',
        'in_review',
        'approved',
        'dismissed',
        'approved',
      ]);
      expect(all[1]).toMatchObject({ rating: 'false', approver: '', approved_at: '' });
      const inReview = csvObjects(
        (await get('/api/exports/claims.csv?internal=true&state=in_review,in_research').expect(200)).text,
      );
      expect(inReview.map((row) => row.claim_text).sort()).toEqual([
        'DRAFT CLAIM still in review.',
        'Still researching this one.',
      ]);
    });

    it('ClaimReview JSON-LD has every required and recommended field for each approved claim', async () => {
      const response = await get(`/api/exports/claims.jsonld?article=${budget.article.id}`, 'checker').expect(
        200,
      );
      expect(response.headers['content-type']).toBe('application/ld+json; charset=utf-8');
      const reviews = JSON.parse(response.text) as Json[];
      expect(reviews).toHaveLength(3);
      for (const review of reviews) {
        expect(review).toMatchObject({
          '@context': 'https://schema.org',
          '@type': 'ClaimReview',
          claimReviewed: expect.any(String),
          datePublished: expect.stringMatching(/^2026-11-2\dT/),
          url: expect.stringMatching(
            new RegExp(`^https://reports\\.example\\.org/api/reports/articles/${budget.article.id}#claim-`),
          ),
          author: { '@type': 'Organization', name: 'Desk Check', url: 'https://desk.example.org' },
          reviewRating: { '@type': 'Rating', alternateName: expect.any(String) },
          itemReviewed: {
            '@type': 'Claim',
            author: { '@type': expect.stringMatching(/^(Person|Organization)$/), name: expect.any(String) },
            datePublished: '2026-01-01T08:00:00.000Z',
            appearance: {
              '@type': 'CreativeWork',
              url: 'https://news.example.com/seeded',
              headline: 'Council approves the budget',
            },
          },
        });
      }
      expect(reviews[0].reviewRating).toEqual({
        '@type': 'Rating',
        alternateName: 'Mostly true',
        ratingValue: 4,
        bestRating: 5,
        worstRating: 1,
      });
      expect(reviews[0].itemReviewed.author).toEqual({ '@type': 'Person', name: 'Mayor Jane Doe' });
      expect(reviews[1].itemReviewed.author).toEqual({ '@type': 'Organization', name: 'The Daily Example' });
      // The current revision counts, never the earlier 'true'.
      expect(reviews[2].reviewRating).toEqual({ '@type': 'Rating', alternateName: 'Misleading' });
    });

    it('each ClaimReview url opens the public report at that claim', async () => {
      const [review] = JSON.parse(
        (await get(`/api/exports/claims.jsonld?article=${budget.article.id}`).expect(200)).text,
      ) as Json[];
      const url = new URL(review.url);
      const page = await get(url.pathname, 'anonymous').expect(200);
      expect(page.text).toContain(`id="${url.hash.slice(1)}"`);
    });

    it.each([
      ['from and to (dates include the whole day)', 'from=2026-04-20&to=2026-04-20', ['April claim.']],
      ['from only', 'from=2026-03-11', ['April claim.']],
      ['a timestamp range', 'from=2026-03-10T09:00:00Z&to=2026-03-10T10:00:00Z', ['March claim.']],
      ['rating', 'rating=mixed,true', ['March claim.', 'April claim.']],
    ])('filters by %s', async (_name, query, expected) => {
      const rows = csvObjects(
        (await get(`/api/exports/claims.csv?article=${dated.article.id}&${query}`).expect(200)).text,
      );
      expect(rows.map((row) => row.claim_text)).toEqual(expected);
    });

    it('filters by checker across articles', async () => {
      const mine = csvObjects((await get(`/api/exports/claims.csv?checker=${checker.id}`).expect(200)).text);
      expect(mine).toHaveLength(5);
      const other = (await makeUser(testApp, 'checker')).user;
      expect(csvObjects((await get(`/api/exports/claims.csv?checker=${other.id}`).expect(200)).text)).toEqual(
        [],
      );
    });
  });

  describe('article reports', () => {
    it('Markdown: title, outlet, approved claims in order with rating, rationale and numbered sources', async () => {
      const response = await get(`/api/articles/${budget.article.id}/report.md`, 'viewer').expect(200);
      expect(response.headers['content-type']).toBe('text/markdown; charset=utf-8');
      expect(response.headers['content-disposition']).toBe(
        'attachment; filename="claimdesk-report-council-approves-the-budget.md"',
      );
      const text = response.text;
      expect(text).toMatch(/^# Council approves the budget\n/);
      expect(text).toContain('The Daily Example');
      expect(text.indexOf('## Claim 1: Mostly true')).toBeLessThan(text.indexOf('## Claim 2: False'));
      expect(text).toContain('## Claim 3: Misleading');
      expect(text).toContain('The office reports **2.8** points.');
      expect(text).toContain('1. Statistics office, table 4: <https://stats.example.gov/unemployment>');
      expect(text).toContain('2. Phone interview with the statistics office');
      expect(text).not.toMatch(/DRAFT CLAIM|Dismissed opinion|Internal note|@test\.claimdesk/);
    });

    it('HTML: print-ready, escaped, approved claims only, rationale through the workflow sanitiser', async () => {
      const response = await get(`/api/articles/${budget.article.id}/report.html`).expect(200);
      expect(response.headers['content-type']).toBe('text/html; charset=utf-8');
      expect(response.headers['content-disposition']).toMatch(/^inline; /);
      expect(response.headers['content-security-policy']).toContain("default-src 'none'");
      const html = response.text;
      expect(html).toContain('@media print');
      expect(html).not.toMatch(/<script>alert/);
      expect(html).toContain('Hostile &lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; claim.');
      expect(html).toContain('<strong>2.8</strong>');
      expect(html).not.toMatch(/DRAFT CLAIM|Dismissed opinion|Internal note|@test\.claimdesk/);
    });

    it('internal HTML shows every state', async () => {
      const html = (await get(`/api/articles/${budget.article.id}/report.html?internal=true`).expect(200))
        .text;
      expect(html).toContain('DRAFT CLAIM still in review.');
      expect(html).toContain('State: In review');
    });

    it('the public page renders an article without approved claims with a clear message', async () => {
      const html = (await get(`/api/reports/articles/${empty.article.id}`, 'anonymous').expect(200)).text;
      expect(html).toContain('Nothing approved here');
      expect(html).toContain('No claims in this article have an approved verdict yet.');
      expect(html).not.toContain('Still researching');
    });
  });

  describe('bad requests', () => {
    const missing = '00000000-0000-4000-8000-000000000000';

    it.each([
      ['an unknown claims format', '/api/exports/claims.xml', 400, 'VALIDATION_FAILED'],
      ['an unknown report format', `/api/articles/${missing}/report.docx`, 400, 'VALIDATION_FAILED'],
      ['an impossible date', '/api/exports/claims.csv?from=2026-02-30', 400, 'VALIDATION_FAILED'],
      ['a date in words', '/api/exports/claims.csv?to=yesterday', 400, 'VALIDATION_FAILED'],
      [
        'a timestamp without a zone',
        '/api/exports/claims.csv?from=2026-02-01T10:00',
        400,
        'VALIDATION_FAILED',
      ],
      ['from after to', '/api/exports/claims.csv?from=2026-03-02&to=2026-03-01', 400, 'VALIDATION_FAILED'],
      ['an unknown rating', '/api/exports/claims.csv?rating=great', 400, 'VALIDATION_FAILED'],
      ['state without internal', '/api/exports/claims.csv?state=in_review', 400, 'VALIDATION_FAILED'],
      ['an unknown parameter', '/api/exports/claims.csv?format=csv', 400, 'VALIDATION_FAILED'],
      ['internal=maybe', '/api/exports/claims.csv?internal=maybe', 400, 'VALIDATION_FAILED'],
      ['an article id that is not a UUID', '/api/exports/claims.csv?article=42', 400, 'VALIDATION_FAILED'],
      ['an unknown article', `/api/exports/claims.jsonld?article=${missing}`, 404, 'NOT_FOUND'],
      ['an unknown checker', `/api/exports/claims.csv?checker=${missing}`, 404, 'NOT_FOUND'],
      ['a report of an unknown article', `/api/articles/${missing}/report.pdf`, 404, 'NOT_FOUND'],
      ['the public page of an unknown article', `/api/reports/articles/${missing}`, 404, 'NOT_FOUND'],
    ])('refuses %s', async (_name, path, status, code) => {
      const response = await get(path).expect(status);
      expect(response.body).toEqual(expect.objectContaining({ code, message: expect.any(String) }));
    });
  });
});
