import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DataSource } from 'typeorm';
import { main } from '../src/exports/cli';
import { captureCli, type CliResult } from './support/cli';
import { makeUser } from './support/factories';
import { csvObjects, pdfToText } from './support/export-files';
import { seedArticle, type SeededArticle } from './support/export-seed';
import { startTestApp, type TestApp } from './support/test-app';

/** `npm run export`: the CLI reads the same database as the server (DATA_DIR or DATABASE_URL). */
describe('exports: the CLI', () => {
  let testApp: TestApp;
  let article: SeededArticle;
  let outDir: string;

  function run(args: string[]): Promise<CliResult> {
    const env = {
      ...testApp.database.env,
      PUBLISHER_NAME: 'CLI Desk',
      PUBLIC_BASE_URL: 'https://cli.example.org',
    };
    return captureCli((streams) => main(args, { ...streams, env }));
  }

  beforeAll(async () => {
    testApp = await startTestApp();
    outDir = mkdtempSync(join(tmpdir(), 'claimdesk-cli-'));
    const editor = await makeUser(testApp, 'editor');
    const checker = await makeUser(testApp, 'checker');
    article = await seedArticle(
      testApp.app.get(DataSource),
      { checkerId: checker.user.id, editorId: editor.user.id },
      { title: 'CLI article' },
      [
        { text: 'Approved CLI claim.', rating: 'mostly_false', approvedAt: '2026-05-05T10:00:00.000Z' },
        { text: 'Draft CLI claim.', state: 'in_research', rating: null },
      ],
    );
  });
  afterAll(async () => {
    rmSync(outDir, { recursive: true, force: true });
    await testApp.close();
  });

  it('writes the public CSV to standard output', async () => {
    const { code, stdout } = await run(['--format', 'csv']);
    expect(code).toBe(0);
    expect(csvObjects(stdout).map((row) => row.claim_text)).toEqual(['Approved CLI claim.']);
  });

  it('filters by date and rating, and includes every state with --internal', async () => {
    const none = await run(['--format', 'jsonld', '--from', '2026-05-06', '--rating', 'mostly_false']);
    expect(JSON.parse(none.stdout)).toEqual([]);
    const one = await run([
      '--format',
      'jsonld',
      '--from',
      '2026-05-05',
      '--to',
      '2026-05-05',
      '--rating',
      'mostly_false,false',
    ]);
    expect(JSON.parse(one.stdout)).toEqual([
      expect.objectContaining({ author: expect.objectContaining({ name: 'CLI Desk' }) }),
    ]);
    const internal = await run(['--format', 'csv', '--internal', '--state', 'in_research']);
    expect(csvObjects(internal.stdout).map((row) => row.claim_text)).toEqual(['Draft CLI claim.']);
  });

  it('writes an article report to --out', async () => {
    const file = join(outDir, 'report.pdf');
    const { code, stderr } = await run(['--format', 'pdf', '--article', article.article.id, '--out', file]);
    expect(code).toBe(0);
    expect(stderr).toContain(file);
    const text = pdfToText(readFileSync(file));
    expect(text).toContain('Approved CLI claim.');
    expect(text).toContain('Rating: Mostly false');
  });

  it.each([
    ['an unknown format', ['--format', 'xlsx'], /--format must be one of/],
    ['a report without --article', ['--format', 'md'], /give --article/],
    ['a bad date', ['--format', 'csv', '--from', '2026-13-01'], /--from: from must be a date/],
    ['an unknown option', ['--format', 'csv', '--colour'], /Unknown option/],
    [
      'an unknown article',
      ['--format', 'html', '--article', '00000000-0000-4000-8000-000000000000'],
      /NOT_FOUND/,
    ],
  ])('refuses %s with exit code 2', async (_name, args, message) => {
    const { code, stderr, stdout } = await run(args);
    expect(code).toBe(2);
    expect(stderr).toMatch(message);
    expect(stdout).toBe('');
  });
});
