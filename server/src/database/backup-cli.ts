import { chmodSync, existsSync, mkdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import sqlite3 from 'sqlite3';
import { DataSource } from 'typeorm';
import { AuditEntry } from '../audit/audit-entry.entity';
import { AuditService } from '../audit/audit.service';
import { loadConfig } from '../config/app-config';

const USAGE = `Usage: npm run backup -- [--out FILE]
       npm run backup -- --check FILE

Copies the SQLite database the server uses (DATA_DIR) into one consistent file, then checks the copy. Safe
while the server runs: the copy is a snapshot of one moment, written by SQLite itself (VACUUM INTO), not a
file copy that could catch a write half done.

  --out FILE     where to write (default: DATA_DIR/backups/claimdesk-<UTC time>.sqlite); never overwrites
  --check FILE   only check an existing backup: SQLite's integrity check, the ClaimDesk tables, the audit chain
  --help         show this text

With DATABASE_URL (PostgreSQL) use pg_dump instead; see README, "Backups".
Exit codes: 0 written and checked, 2 bad arguments or PostgreSQL, 1 the copy or the check failed.`;

interface Io {
  stdout: NodeJS.WritableStream;
  stderr: NodeJS.WritableStream;
  env: NodeJS.ProcessEnv;
  /** The clock, for the default file name. */
  now?: () => Date;
}

/** A refusal of what was asked, before anything is written: exit code 2. */
class UsageError extends Error {}

export async function main(
  argv: string[],
  io: Io = { stdout: process.stdout, stderr: process.stderr, env: process.env },
): Promise<number> {
  try {
    const args = parseCli(argv);
    if (args.help) {
      io.stdout.write(`${USAGE}\n`);
      return 0;
    }
    if (args.check) {
      const report = await checkBackup(resolve(args.check));
      io.stdout.write(`${describe(report)}\n`);
      return report.ok ? 0 : 1;
    }
    const config = loadConfig(io.env);
    if (config.database.kind === 'postgres') {
      throw new UsageError(
        'DATABASE_URL is set, so the data is in PostgreSQL: back it up with pg_dump (see README, "Backups").',
      );
    }
    const source = config.database.sqlitePath;
    if (!existsSync(source)) {
      io.stderr.write(`No database at ${source}: start the server once, or set DATA_DIR.\n`);
      return 1;
    }
    const target = resolve(args.out ?? defaultTarget(config.dataDir, (io.now ?? (() => new Date()))()));
    if (existsSync(target)) throw new UsageError(`${target} already exists; choose another --out.`);
    // The copy holds password hashes and every draft: readable by the server's user only.
    mkdirSync(dirname(target), { recursive: true, mode: 0o700 });
    // Written under another name and renamed only once checked, so a failed run never leaves a file that
    // looks like a backup (and a retry is not refused because of it).
    const partial = `${target}.partial`;
    rmSync(partial, { force: true });
    try {
      await snapshot(source, partial);
      chmodSync(partial, 0o600);
      const report = await checkBackup(partial);
      // Described under the name it has (or would have had), not the temporary one.
      const described = describe({ ...report, file: target });
      if (!report.ok) {
        io.stdout.write(`${described}\n`);
        return 1;
      }
      renameSync(partial, target);
      io.stdout.write(`Backed up ${source} to ${target} (${megabytes(statSync(target).size)})\n`);
      io.stdout.write(`${described}\n`);
      return 0;
    } finally {
      rmSync(partial, { force: true });
    }
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr.write(`${error.message}\n\n${USAGE}\n`);
      return 2;
    }
    io.stderr.write(`Backup failed: ${error instanceof Error ? error.message : String(error)}\n`);
    return 1;
  }
}

function parseCli(argv: string[]): { out?: string; check?: string; help?: boolean } {
  try {
    const { values } = parseArgs({
      args: argv,
      options: { out: { type: 'string' }, check: { type: 'string' }, help: { type: 'boolean' } },
      strict: true,
      allowPositionals: false,
    });
    if (values.out !== undefined && values.check !== undefined)
      throw new UsageError('Give --out or --check, not both.');
    return values;
  } catch (error) {
    throw error instanceof UsageError ? error : new UsageError((error as Error).message);
  }
}

/** claimdesk-20261126-093000.sqlite: sorts by time, and says when it was taken. */
function defaultTarget(dataDir: string, now: Date): string {
  const stamp = now.toISOString().replace(/[-:]/g, '').replace('T', '-').slice(0, 15);
  return join(dataDir, 'backups', `claimdesk-${stamp}.sqlite`);
}

function megabytes(bytes: number): string {
  return `${(bytes / 1_000_000).toFixed(1)} MB`;
}

/**
 * SQLite writes a consistent copy itself, reading through the WAL like any reader; writers are not blocked.
 * The copy then loses its sessions: a restore should make everyone log in again rather than revive sessions
 * ended since (logouts, password changes, deactivations), and a backup file need not carry them at all.
 */
async function snapshot(source: string, target: string): Promise<void> {
  const original = await open(source, sqlite3.OPEN_READONLY);
  try {
    await run(original, 'VACUUM INTO ?', [target]);
  } finally {
    await close(original);
  }
  const copy = await open(target, sqlite3.OPEN_READWRITE);
  try {
    // secure_delete overwrites the freed pages, so the deleted rows are not left in the file.
    await run(copy, 'PRAGMA secure_delete = ON');
    await run(copy, 'DELETE FROM sessions');
  } finally {
    await close(copy);
  }
}

function open(file: string, mode: number): Promise<sqlite3.Database> {
  return new Promise((done, fail) => {
    const database = new sqlite3.Database(file, mode, (error) => (error ? fail(error) : done(database)));
  });
}

function run(database: sqlite3.Database, sql: string, parameters: unknown[] = []): Promise<void> {
  return new Promise((done, fail) =>
    database.run(sql, parameters, (error) => (error ? fail(error) : done())),
  );
}

function close(database: sqlite3.Database): Promise<void> {
  return new Promise((done, fail) => database.close((error) => (error ? fail(error) : done())));
}

export interface BackupReport {
  file: string;
  ok: boolean;
  problems: string[];
  counts: Record<'articles' | 'claims' | 'verdicts' | 'users', number> | null;
  audit: { entries: number; head: string | null } | null;
}

const COUNTED = ['articles', 'claims', 'verdicts', 'users'] as const;

/** Opens a backup read-only and says whether it can be restored: integrity, ClaimDesk's tables, the audit chain. */
export async function checkBackup(file: string): Promise<BackupReport> {
  const report: BackupReport = { file, ok: false, problems: [], counts: null, audit: null };
  if (!existsSync(file)) {
    report.problems.push('no such file');
    return report;
  }
  const dataSource = new DataSource({
    type: 'sqlite',
    database: file,
    flags: sqlite3.OPEN_READONLY,
    entities: [AuditEntry],
    migrationsRun: false,
    synchronize: false,
  });
  try {
    await dataSource.initialize();
    const [{ integrity_check: integrity }] = (await dataSource.query('PRAGMA integrity_check')) as {
      integrity_check: string;
    }[];
    if (integrity !== 'ok') report.problems.push(`SQLite integrity check: ${integrity}`);
    const counts = {} as NonNullable<BackupReport['counts']>;
    for (const table of COUNTED) {
      const [row] = (await dataSource.query(`SELECT COUNT(*) AS n FROM ${table}`)) as { n: number }[];
      counts[table] = Number(row.n);
    }
    report.counts = counts;
    const verification = await new AuditService(dataSource).verify();
    report.audit = {
      entries: verification.checked,
      head: verification.head ? `${verification.head.seq}:${verification.head.hash}` : null,
    };
    if (!verification.ok)
      report.problems.push(
        `audit chain broken at entry ${verification.firstBrokenEntry?.seq}: ${verification.firstBrokenEntry?.reason}`,
      );
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    report.problems.push(
      /not a database|no such table/i.test(message) ? `not a ClaimDesk database (${message})` : message,
    );
  } finally {
    if (dataSource.isInitialized) await dataSource.destroy();
  }
  report.ok = report.problems.length === 0;
  return report;
}

function describe(report: BackupReport): string {
  if (!report.ok) return `Backup ${report.file} is NOT usable: ${report.problems.join('; ')}`;
  const { counts, audit } = report;
  const lines = [
    `Checked ${report.file}: integrity ok; ${counts?.articles} articles, ${counts?.claims} claims, ` +
      `${counts?.verdicts} verdicts, ${counts?.users} users; audit trail ${audit?.entries} entries, chain intact.`,
  ];
  // The head lets the newsroom prove later that no entry was removed after this moment (see the system audit page).
  if (audit?.head) lines.push(`Audit head (keep it outside ClaimDesk): ${audit.head}`);
  return lines.join('\n');
}
