import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Database } from 'sqlite3';
import { DataSource, QueryFailedError } from 'typeorm';
import { readRows } from './prepared-reads';

/** A real SQLite file, as the app opens it (no entities needed: the tests make their own table). */
async function openDatabase(file: string): Promise<DataSource> {
  const dataSource = new DataSource({ type: 'sqlite', database: file, entities: [] });
  await dataSource.initialize();
  return dataSource;
}

function connection(dataSource: DataSource): Database {
  return (dataSource.driver as unknown as { databaseConnection: Database }).databaseConnection;
}

function escaped(dataSource: DataSource, sql: string, parameters: Record<string, unknown>) {
  return dataSource.driver.escapeQueryWithParameters(sql, parameters, {});
}

describe('readRows (prepared statements kept open on SQLite)', () => {
  let dir: string;
  let file: string;
  let dataSource: DataSource;

  beforeEach(async () => {
    dir = mkdtempSync(join(tmpdir(), 'claimdesk-prepared-'));
    file = join(dir, 'test.sqlite');
    dataSource = await openDatabase(file);
    await dataSource.query('CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT NOT NULL)');
    await dataSource.query("INSERT INTO notes (id, body) VALUES (1, 'first'), (2, 'second'), (3, 'third')");
  });

  afterEach(async () => {
    if (dataSource.isInitialized) await dataSource.destroy();
    rmSync(dir, { recursive: true, force: true });
  });

  it('returns what a plain query returns, with parameters bound each time', async () => {
    // Strings, because TypeORM writes numbers into SQLite's SQL text rather than binding them.
    const sql = 'SELECT id, body FROM notes WHERE body > :after ORDER BY id';
    const [statement, values] = escaped(dataSource, sql, { after: 'second' });
    expect(await readRows(dataSource, statement, values)).toEqual(await dataSource.query(statement, values));
    expect(await readRows(dataSource, statement, values)).toEqual([{ id: 3, body: 'third' }]);
    const [sameStatement, otherValues] = escaped(dataSource, sql, { after: 'first' });
    expect(sameStatement).toBe(statement);
    expect(await readRows(dataSource, statement, otherValues)).toEqual([
      { id: 2, body: 'second' },
      { id: 3, body: 'third' },
    ]);
  });

  it('prepares a statement once and reuses it, seeing rows written since', async () => {
    const prepare = jest.spyOn(connection(dataSource), 'prepare');
    const sql = 'SELECT count(*) AS n FROM notes';
    expect(await readRows(dataSource, sql, [])).toEqual([{ n: 3 }]);
    await dataSource.query("INSERT INTO notes (id, body) VALUES (4, 'fourth')");
    expect(await readRows(dataSource, sql, [])).toEqual([{ n: 4 }]);
    expect(prepare).toHaveBeenCalledTimes(1);
  });

  it('answers concurrent reads of one statement each with its own rows', async () => {
    const sql = 'SELECT body FROM notes WHERE id = ?';
    const bodies = await Promise.all(
      [1, 2, 3, 1].map(async (id) => (await readRows<{ body: string }>(dataSource, sql, [id]))[0].body),
    );
    expect(bodies).toEqual(['first', 'second', 'third', 'first']);
  });

  it('rejects a bad query with a QueryFailedError and keeps nothing of it', async () => {
    const prepare = jest.spyOn(connection(dataSource), 'prepare');
    const bad = 'SELECT id FROM nowhere';
    await expect(readRows(dataSource, bad, [])).rejects.toBeInstanceOf(QueryFailedError);
    await expect(readRows(dataSource, bad, [])).rejects.toThrow(/no such table: nowhere/);
    // Tried twice: a failed statement is not cached.
    expect(prepare).toHaveBeenCalledTimes(2);
    expect(await readRows(dataSource, 'SELECT count(*) AS n FROM notes', [])).toEqual([{ n: 3 }]);
  });

  it('still closes the connection with statements open, and the file opens again', async () => {
    // Without finalizing them first, SQLite refuses to close (SQLITE_BUSY) and destroy() rejects.
    for (let id = 1; id <= 3; id += 1)
      await readRows(dataSource, `SELECT body FROM notes WHERE id = ${id}`, []);
    await dataSource.destroy();
    dataSource = await openDatabase(file);
    expect(await dataSource.query('SELECT count(*) AS n FROM notes')).toEqual([{ n: 3 }]);
  });

  it('prepares nothing once closing has begun, so the close still succeeds', async () => {
    await readRows(dataSource, 'SELECT count(*) AS n FROM notes', []);
    const prepare = jest.spyOn(connection(dataSource), 'prepare');
    const closing = dataSource.destroy();
    // A read arriving mid-close takes the plain path (it may fail: the connection is going away).
    const lateRead = readRows(dataSource, 'SELECT body FROM notes', []).catch((error: unknown) => error);
    await expect(closing).resolves.toBeUndefined();
    await lateRead;
    expect(prepare).not.toHaveBeenCalled();
  });

  it('keeps at most 32 statements, dropping the least recently used', async () => {
    const prepare = jest.spyOn(connection(dataSource), 'prepare');
    const query = (n: number) => readRows(dataSource, `SELECT ${n} AS n`, []);
    await query(0);
    for (let n = 1; n <= 32; n += 1) await query(n);
    expect(prepare).toHaveBeenCalledTimes(33);
    await query(32); // still cached
    expect(prepare).toHaveBeenCalledTimes(33);
    await query(0); // evicted when the 33rd arrived, so prepared again
    expect(prepare).toHaveBeenCalledTimes(34);
    await dataSource.destroy();
  });
});
