/**
 * `npm run bench:review-queue`: the editor's review queue with many approved claims (20,000 by default,
 * BENCH_APPROVED to change), on a temporary SQLite file (or DATABASE_URL's PostgreSQL). Prints the median time
 * of a whole page over HTTP, and of each of its three whole-view reads (page ids, total, article list), so a
 * change to the queue's SQL shows where it helps. Loopback only; the data is inserted directly, not through
 * the workflow, so the set-up takes seconds rather than hours.
 */
import 'reflect-metadata';
import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { Claim } from '../src/claims/claim.entity';
import { queryNamed } from '../src/database/named-query';
import { Verdict } from '../src/reviews/verdict.entity';
import { queueArticlesSql, queuePageSql, queueTotalSql } from '../src/reviews/review-queue-sql';
import { makeArticle, roleSessions } from '../test/support/articles';
import { startTestApp } from '../test/support/test-app';

const APPROVED = Number(process.env.BENCH_APPROVED ?? 20_000);
const ARTICLES = 20;
const RUNS = 7;

async function median(run: () => Promise<unknown>): Promise<number> {
  const times: number[] = [];
  for (let k = 0; k < RUNS; k++) {
    const started = process.hrtime.bigint();
    await run();
    times.push(Number(process.hrtime.bigint() - started) / 1e6);
  }
  return times.sort((a, b) => a - b)[Math.floor(RUNS / 2)];
}

async function main(): Promise<void> {
  const testApp = await startTestApp({ RATE_LIMIT_PER_MINUTE: '0' });
  try {
    const as = await roleSessions(testApp);
    const dataSource = testApp.app.get(DataSource);
    const articleIds: string[] = [];
    for (let a = 0; a < ARTICLES; a++) {
      const { article } = await makeArticle(testApp, as.admin.user.id, { title: `Bench article ${a}` });
      articleIds.push(article.id);
    }
    const now = Date.now();
    // Inserted in chunks through the entities (portable across both databases), not through the workflow.
    for (let from = 0; from < APPROVED; from += 500) {
      const claims: Partial<Claim>[] = [];
      const verdicts: Partial<Verdict>[] = [];
      for (let i = from; i < Math.min(APPROVED, from + 500); i++) {
        const at = new Date(now - i * 60_000).toISOString();
        const claimId = randomUUID();
        claims.push({
          id: claimId,
          articleId: articleIds[i % ARTICLES],
          text: 'A claim',
          start: i,
          end: i + 1,
          score: 0.5,
          type: 'other',
          quoted: false,
          state: 'approved',
          origin: 'manual',
          version: 1,
          createdAt: at,
          updatedAt: at,
        });
        verdicts.push({
          id: randomUUID(),
          claimId,
          revision: 1,
          rating: 'true',
          rationale: 'Checked.',
          sourceIds: [],
          authorId: as.checker.user.id,
          createdAt: at,
          approvedBy: as.editor.user.id,
          approvedAt: at,
        });
      }
      await dataSource.getRepository(Claim).insert(claims);
      await dataSource.getRepository(Verdict).insert(verdicts);
    }
    const get = (path: string) => async () => {
      const response = await testApp.http().get(path).set('Cookie', as.editor.cookie);
      if (response.status !== 200) throw new Error(`${path} answered ${response.status}`);
    };
    const sql = (query: { sql: string; parameters: Record<string, unknown> }) => async () =>
      queryNamed(dataSource, query.sql, query.parameters);
    console.log(
      `ClaimDesk review queue bench: ${testApp.database.kind}, ${APPROVED} approved claims in ${ARTICLES} articles, median of ${RUNS}`,
    );
    console.table({
      'GET /api/review-queue?view=approved': {
        ms: Number((await median(get('/api/review-queue?view=approved'))).toFixed(1)),
      },
      '… &articleId (one article)': {
        ms: Number(
          (await median(get(`/api/review-queue?view=approved&articleId=${articleIds[3]}`))).toFixed(1),
        ),
      },
      'GET /api/review-queue?view=in_review (empty)': {
        ms: Number((await median(get('/api/review-queue'))).toFixed(1)),
      },
      'SQL: page ids (25)': {
        ms: Number((await median(sql(queuePageSql({ view: 'approved' }, 25)))).toFixed(1)),
      },
      'SQL: total': { ms: Number((await median(sql(queueTotalSql({ view: 'approved' })))).toFixed(1)) },
      'SQL: article list': { ms: Number((await median(sql(queueArticlesSql('approved')))).toFixed(1)) },
    });
  } finally {
    await testApp.close();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
