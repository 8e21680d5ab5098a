import {
  copyFileSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sqlite3 from 'sqlite3';
import { main } from '../src/database/backup-cli';
import { makeArticle, roleSessions, type RoleSession } from './support/articles';
import { captureCli, type CliResult } from './support/cli';
import { sessionCookie } from './support/factories';
import type { TestDatabase } from './support/test-database';
import { startTestApp, type TestApp } from './support/test-app';

/**
 * `npm run backup`: a consistent copy of the SQLite database while the server runs, checked, and restorable.
 * Backups are SQLite's story (PostgreSQL has pg_dump), so this suite runs on a SQLite file in both test runs.
 */
describe('backups: the CLI', () => {
  let dataDir: string;
  let testApp: TestApp;
  let admin: RoleSession;

  function sqliteDatabase(dir: string): TestDatabase {
    return { kind: 'sqlite', env: { DATA_DIR: dir }, drop: async () => undefined };
  }

  function run(args: string[], env: Record<string, string> = { DATA_DIR: dataDir }): Promise<CliResult> {
    const now = () => new Date('2026-11-26T09:30:15.123Z');
    return captureCli((streams) => main(args, { ...streams, env, now }));
  }

  async function articleTitles(app: TestApp, cookie: string): Promise<string[]> {
    const response = await app.http().get('/api/articles').set('Cookie', cookie).expect(200);
    return (response.body.items as { title: string }[]).map((article) => article.title).sort();
  }

  beforeAll(async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'claimdesk-backup-'));
    testApp = await startTestApp({}, { database: sqliteDatabase(dataDir) });
    admin = (await roleSessions(testApp)).admin;
    await makeArticle(testApp, admin.user.id, { title: 'Before the backup' });
  }, 120_000);
  afterAll(async () => {
    await testApp.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('copies the database while the server keeps writing, and the copy restores', async () => {
    const out = join(dataDir, 'live.sqlite');
    // Writes in flight during the copy: the copy must be a snapshot of one moment, whole and intact.
    const writing = Promise.all(
      Array.from({ length: 3 }, (_, i) => makeArticle(testApp, admin.user.id, { title: `During ${i}` })),
    );
    const result = await run(['--out', out]);
    await writing;
    expect(result).toMatchObject({ code: 0, stderr: '' });
    expect(result.stdout).toContain(`Backed up ${join(dataDir, 'claimdesk.sqlite')} to ${out}`);
    expect(result.stdout).toMatch(/integrity ok; \d+ articles, \d+ claims, \d+ verdicts, \d+ users/);
    expect(result.stdout).toMatch(/audit trail \d+ entries, chain intact/);

    // Restore: a server started on a data folder holding only the copy serves what the copy holds.
    const restoreDir = mkdtempSync(join(tmpdir(), 'claimdesk-restore-'));
    copyFileSync(out, join(restoreDir, 'claimdesk.sqlite'));
    const restored = await startTestApp({}, { database: sqliteDatabase(restoreDir) });
    try {
      // Sessions are not in a backup: everyone logs in again after a restore.
      await restored.http().get('/api/articles').set('Cookie', admin.cookie).expect(401);
      const titles = await articleTitles(restored, await sessionCookie(restored, admin.user.id));
      expect(titles).toContain('Before the backup');
      // Articles written during the copy are in it whole or not at all.
      const live = await articleTitles(testApp, admin.cookie);
      expect(live.filter((title) => titles.includes(title))).toEqual(titles);
    } finally {
      await restored.close();
      rmSync(restoreDir, { recursive: true, force: true });
    }
  });

  it('names the default copy by its UTC time under DATA_DIR/backups, and prints the audit head', async () => {
    const result = await run([]);
    expect(result.code).toBe(0);
    expect(readdirSync(join(dataDir, 'backups'))).toEqual(['claimdesk-20261126-093015.sqlite']);
    const verified = await testApp
      .http()
      .post('/api/audit/verify')
      .set('Cookie', admin.cookie)
      .send({})
      .expect(200);
    const head = verified.body.head as { seq: number; hash: string };
    expect(result.stdout).toContain(`Audit head (keep it outside ClaimDesk): ${head.seq}:${head.hash}`);
  });

  it('keeps the copy private and free of session token hashes', async () => {
    const out = join(dataDir, 'private.sqlite');
    expect((await run(['--out', out])).code).toBe(0);
    expect(statSync(out).mode & 0o777).toBe(0o600);
    const live = await sessionHashes(join(dataDir, 'claimdesk.sqlite'));
    expect(live.length).toBeGreaterThan(0);
    const bytes = readFileSync(out).toString('latin1');
    expect(live.filter((hash) => bytes.includes(hash))).toEqual([]);
  });

  it('leaves no file behind when the copy fails its check, so a retry is not refused', async () => {
    // A live database whose audit trail was rewritten: its copy cannot pass the check.
    const brokenDir = mkdtempSync(join(tmpdir(), 'claimdesk-broken-'));
    try {
      expect((await run(['--out', join(brokenDir, 'claimdesk.sqlite')])).code).toBe(0);
      await rewriteAuditEntry(join(brokenDir, 'claimdesk.sqlite'));
      const out = join(brokenDir, 'copy.sqlite');
      const failed = await run(['--out', out], { DATA_DIR: brokenDir });
      expect(failed.code).toBe(1);
      expect(failed.stdout).toContain('NOT usable: audit chain broken');
      expect(readdirSync(brokenDir).sort()).toEqual(['claimdesk.sqlite']);
    } finally {
      rmSync(brokenDir, { recursive: true, force: true });
    }
  });

  it('never overwrites a file', async () => {
    const existing = join(dataDir, 'keep.sqlite');
    writeFileSync(existing, 'an older backup');
    const result = await run(['--out', existing]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('already exists');
    expect(readFileSync(existing, 'utf8')).toBe('an older backup');
  });

  it('checks a backup: good, missing, not a database, or with a rewritten audit entry', async () => {
    const good = join(dataDir, 'good.sqlite');
    expect((await run(['--out', good])).code).toBe(0);
    const checked = await run(['--check', good]);
    expect(checked.code).toBe(0);
    expect(checked.stdout).toContain('chain intact');

    expect(await run(['--check', join(dataDir, 'missing.sqlite')])).toMatchObject({ code: 1 });
    const text = join(dataDir, 'notes.sqlite');
    writeFileSync(text, 'not a database at all, just some notes that happen to be long enough '.repeat(20));
    const notDatabase = await run(['--check', text]);
    expect(notDatabase.code).toBe(1);
    expect(notDatabase.stdout).toContain('NOT usable: not a ClaimDesk database');

    const tampered = join(dataDir, 'tampered.sqlite');
    copyFileSync(good, tampered);
    await rewriteAuditEntry(tampered);
    const broken = await run(['--check', tampered]);
    expect(broken.code).toBe(1);
    expect(broken.stdout).toMatch(/NOT usable: audit chain broken at entry 1: hash does not match/);
  });

  it('refuses PostgreSQL (pg_dump is the tool there) and bad arguments', async () => {
    const postgres = await run([], { DATABASE_URL: 'postgres://127.0.0.1:5432/claimdesk' });
    expect(postgres.code).toBe(2);
    expect(postgres.stderr).toContain('back it up with pg_dump');
    expect((await run(['--out', 'a', '--check', 'b'])).code).toBe(2);
    expect((await run(['--bogus'])).code).toBe(2);
    const help = await run(['--help']);
    expect(help).toMatchObject({ code: 0 });
    expect(help.stdout).toContain('Usage: npm run backup');
  });
});

/** The token hashes of the sessions stored in a database file. */
function sessionHashes(file: string): Promise<string[]> {
  return new Promise((done, fail) => {
    const database = new sqlite3.Database(file, sqlite3.OPEN_READONLY);
    database.all('SELECT token_hash FROM sessions', (error, rows: { token_hash: string }[]) =>
      database.close(() => (error ? fail(error) : done(rows.map((row) => row.token_hash)))),
    );
  });
}

/** What someone with the file could do: drop the guard triggers and edit the first audit entry. */
function rewriteAuditEntry(file: string): Promise<void> {
  return new Promise((done, fail) => {
    const database = new sqlite3.Database(file);
    database.all(
      "SELECT name FROM sqlite_master WHERE type = 'trigger' AND tbl_name = 'audit_entries'",
      (listError, triggers: { name: string }[]) => {
        if (listError) return fail(listError);
        const sql = [
          ...triggers.map((trigger) => `DROP TRIGGER "${trigger.name}";`),
          "UPDATE audit_entries SET action = 'rewritten' WHERE seq = 1;",
        ].join('\n');
        database.exec(sql, (execError) => database.close(() => (execError ? fail(execError) : done())));
      },
    );
  });
}
