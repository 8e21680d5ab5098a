import type { Database, Statement } from 'sqlite3';
import { type DataSource, QueryFailedError } from 'typeorm';

/**
 * Runs a read as a statement kept prepared on SQLite, so that it can overlap with JavaScript work.
 *
 * TypeORM's `query()` on SQLite goes through `Database#all`, which prepares, runs and finalizes a new
 * statement: each step is a trip to libuv's thread pool whose completion must wait for the event loop. While
 * the main thread is busy (encoding the previous export page) the query therefore stalls after its prepare
 * step. A statement that is already prepared runs in a single trip, so the next page is read while the
 * current one is encoded: with the export's read-ahead this took 100,000 CSV rows from 1.4 s to 1.15 s.
 * PostgreSQL runs its queries in its own process anyway, so there the plain query path is used.
 *
 * Statements are cached per SQL text (an export has a few shapes: first page or later, and the filters
 * given), least recently used first out, and finalized before the connection closes, because SQLite refuses
 * to close a connection with statements still open.
 */
const MAX_STATEMENTS = 32;

interface StatementCache {
  statements: Map<string, Promise<Statement>>;
  /** Set once close() is called: from then on reads take the plain path, which leaves no statement open. */
  closing: boolean;
}

const caches = new WeakMap<Database, StatementCache>();

/** `statementSql` and `values` as the driver takes them: from `escapeQueryWithParameters` or a query builder. */
export async function readRows<T>(
  dataSource: DataSource,
  statementSql: string,
  values: unknown[],
): Promise<T[]> {
  const database =
    dataSource.options.type === 'sqlite'
      ? (dataSource.driver as unknown as { databaseConnection: Database }).databaseConnection
      : null;
  if (!database || cacheFor(database).closing) {
    return (await dataSource.query(statementSql, values)) as T[];
  }
  let statement: Statement;
  try {
    statement = await preparedStatement(database, statementSql);
  } catch (error) {
    throw new QueryFailedError(statementSql, values, error as Error);
  }
  return new Promise<T[]>((resolve, reject) => {
    statement.all(values, (error: Error | null, rows: T[]) => {
      if (error) reject(new QueryFailedError(statementSql, values, error));
      else resolve(rows);
    });
  });
}

function preparedStatement(database: Database, sql: string): Promise<Statement> {
  const cache = cacheFor(database);
  let statement = cache.statements.get(sql);
  if (statement) {
    // Re-inserting moves it to the end, so the first key is always the least recently used.
    cache.statements.delete(sql);
  } else {
    statement = prepare(database, sql);
    // A statement that fails to prepare (a bad query) is not kept.
    statement.catch(() => cache.statements.delete(sql));
    if (cache.statements.size >= MAX_STATEMENTS) {
      const [oldestSql, oldest] = cache.statements.entries().next().value as [string, Promise<Statement>];
      cache.statements.delete(oldestSql);
      oldest.then((evicted) => evicted.finalize()).catch(() => undefined);
    }
  }
  cache.statements.set(sql, statement);
  return statement;
}

function prepare(database: Database, sql: string): Promise<Statement> {
  return new Promise((resolve, reject) => {
    const statement = database.prepare(sql, (error: Error | null) => {
      if (error) reject(error);
      else resolve(statement);
    });
  });
}

function cacheFor(database: Database): StatementCache {
  let cache = caches.get(database);
  if (cache) return cache;
  const created: StatementCache = { statements: new Map(), closing: false };
  caches.set(database, created);
  const close = database.close.bind(database);
  database.close = (callback?: (error: Error | null) => void): Database => {
    created.closing = true;
    const open = [...created.statements.values()];
    created.statements.clear();
    const finalized = open.map((pending) =>
      pending.then(
        (statement) => new Promise<void>((done) => statement.finalize(() => done())),
        () => undefined,
      ),
    );
    void Promise.all(finalized).then(() => close(callback));
    return database;
  };
  cache = created;
  return cache;
}
