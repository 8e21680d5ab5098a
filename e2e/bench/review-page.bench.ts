/*
 * Review page benchmark (a script, not a test): an article with 500 claims, on the built app and a fresh
 * SQLite database. Prints time to interactive of the review page and claim-selection latency.
 *   npm run bench:review-page            (from the repository root; build server and client first)
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, request as playwrightRequest, type APIRequestContext, type Page } from '@playwright/test';

import { CHROMIUM_ARGS, findChromium } from '../support/chromium';

const CLAIMS = 500;
const LOADS = 5;
const SELECTIONS = 30;
const ADMIN = { email: 'admin@claimdesk.test', password: 'bench-admin-password-1' };
const PORT = 4000 + Math.floor(Math.random() * 2000);
const BASE_URL = `http://127.0.0.1:${PORT}`;

async function startServer(dataDir: string): Promise<ChildProcess> {
  const server = spawn(process.execPath, [resolve(__dirname, '../../server/dist/main.js')], {
    env: {
      ...process.env,
      PORT: String(PORT),
      HOST: '127.0.0.1',
      DATA_DIR: dataDir,
      LOG_LEVEL: 'warn',
      SEED_DEMO: 'false',
      RATE_LIMIT_PER_MINUTE: '1000000',
      ADMIN_EMAIL: ADMIN.email,
      ADMIN_PASSWORD: ADMIN.password,
    },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  for (let attempt = 0; attempt < 120; attempt++) {
    try {
      if ((await fetch(`${BASE_URL}/api/health`)).ok) return server;
    } catch {
      // not listening yet
    }
    await new Promise((done) => setTimeout(done, 250));
  }
  server.kill();
  throw new Error('The server did not start within 30 s');
}

/** 500 sentences, each a claim: whatever extraction found, plus the rest created through the API. */
async function seedArticle(api: APIRequestContext): Promise<string> {
  const sentences = Array.from(
    { length: CLAIMS },
    (_, i) =>
      `In ${1900 + (i % 120)}, district ${i + 1} reported ${(i * 37) % 1000} new homes, up ${i % 50}% on the year before.`,
  );
  const paragraphs: string[] = [];
  for (let i = 0; i < sentences.length; i += 5) paragraphs.push(sentences.slice(i, i + 5).join(' '));
  const text = paragraphs.join('\n\n');
  const imported = await api.post('/api/articles', { data: { title: 'Benchmark: 500 claims', text } });
  if (!imported.ok()) throw new Error(`import failed: ${imported.status()} ${await imported.text()}`);
  const { article } = (await imported.json()) as { article: { id: string } };

  const existing = new Set<string>();
  let cursor: string | null = null;
  do {
    const page = await api.get(`/api/articles/${article.id}/claims`, {
      params: { limit: 200, ...(cursor ? { cursor } : {}) },
    });
    const body = (await page.json()) as {
      items: { start: number; end: number }[];
      nextCursor: string | null;
    };
    for (const claim of body.items) existing.add(`${claim.start}:${claim.end}`);
    cursor = body.nextCursor;
  } while (cursor);

  let offset = 0;
  for (const paragraph of paragraphs) {
    let inParagraph = 0;
    for (const sentence of paragraph.split(/(?<=\.) /)) {
      const start = offset + inParagraph;
      const end = start + sentence.length;
      inParagraph += sentence.length + 1;
      if (existing.size >= CLAIMS || existing.has(`${start}:${end}`)) continue;
      const created = await api.post(`/api/articles/${article.id}/claims`, { data: { start, end } });
      if (created.ok()) existing.add(`${start}:${end}`);
    }
    offset += paragraph.length + 2;
  }
  return article.id;
}

/**
 * Navigation start → every highlight and list entry rendered and a click on a claim handled and painted,
 * measured in the page (performance.now() counts from navigation start), so locator overhead is excluded.
 */
async function timeToInteractive(page: Page, articleId: string): Promise<number> {
  await page.goto('/articles');
  await page.goto(`/articles/${articleId}`, { waitUntil: 'commit' });
  return page.evaluate(async (claims) => {
    const list = 'ul[aria-label="Claims in article order"] button';
    await new Promise<void>((done) => {
      const check = () => {
        const ready =
          document.querySelectorAll('mark[data-claim]').length >= claims &&
          document.querySelectorAll(list).length >= claims;
        if (ready) done();
        else requestAnimationFrame(check);
      };
      check();
    });
    const button = document.querySelector<HTMLButtonElement>(list);
    button?.click();
    await new Promise<void>((done) => {
      const check = () => {
        if (document.querySelector('mark[aria-pressed="true"]')) done();
        else requestAnimationFrame(check);
      };
      check();
    });
    await new Promise((done) => requestAnimationFrame(done));
    return performance.now();
  }, CLAIMS);
}

/** In the page: click → next frame after the article highlight and the detail show the new claim. */
async function selectionLatency(page: Page, index: number): Promise<number> {
  return page.evaluate(async (i) => {
    const buttons = document.querySelectorAll<HTMLButtonElement>(
      'ul[aria-label="Claims in article order"] button',
    );
    const button = buttons[i % buttons.length];
    const id = button.dataset['claim'];
    const started = performance.now();
    button.click();
    await new Promise<void>((done) => {
      const check = () => {
        const mark = document.querySelector(`mark[data-claim="${id}"]`);
        if (mark?.getAttribute('aria-pressed') === 'true') done();
        else requestAnimationFrame(check);
      };
      requestAnimationFrame(check);
    });
    // One more frame: the browser has painted the selection.
    await new Promise((done) => requestAnimationFrame(done));
    return performance.now() - started;
  }, index);
}

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

async function main(): Promise<void> {
  const dataDir = mkdtempSync(join(tmpdir(), 'claimdesk-bench-'));
  const server = await startServer(dataDir);
  const browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS });
  try {
    const api = await playwrightRequest.newContext({ baseURL: BASE_URL });
    if (!(await api.post('/api/auth/login', { data: ADMIN })).ok()) throw new Error('login failed');
    const articleId = await seedArticle(api);
    const context = await browser.newContext({ baseURL: BASE_URL, storageState: await api.storageState() });
    const page = await context.newPage();
    const claimCount = await (async () => {
      await page.goto(`/articles/${articleId}`);
      await page.locator('mark[data-claim]').first().waitFor();
      return page.locator('ul[aria-label="Claims in article order"] button').count();
    })();

    const loads: number[] = [];
    for (let i = 0; i < LOADS; i++) loads.push(await timeToInteractive(page, articleId));
    const selections: number[] = [];
    for (let i = 0; i < SELECTIONS; i++) selections.push(await selectionLatency(page, (i * 53) % claimCount));

    const rows = [
      ['claims on the page', String(claimCount), '', '', ''],
      [
        'time to interactive (ms)',
        ...[50, 95].map((p) => percentile(loads, p).toFixed(0)),
        Math.min(...loads).toFixed(0),
        '≤ 1000',
      ],
      [
        'claim selection (ms)',
        ...[50, 95].map((p) => percentile(selections, p).toFixed(1)),
        Math.min(...selections).toFixed(1),
        '≤ 100',
      ],
    ];
    const header = ['measure', 'p50', 'p95', 'best', 'target'];
    const widths = header.map((_, c) => Math.max(...[header, ...rows].map((row) => row[c].length)));
    const line = (row: string[]) => row.map((cell, c) => cell.padEnd(widths[c])).join(' | ');
    console.log(`Review page benchmark: ${LOADS} loads, ${SELECTIONS} selections, Chromium headless`);
    console.log(line(header));
    console.log(widths.map((w) => '-'.repeat(w)).join('-|-'));
    for (const row of rows) console.log(line(row));
    await api.dispose();
  } finally {
    await browser.close();
    server.kill();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
