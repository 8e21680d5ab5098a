import { setTimeout as delay } from 'node:timers/promises';
import { DataSource, EntityManager, QueryRunner } from 'typeorm';

/**
 * Runs `work` in one database transaction: the state change, its audit entry (AuditService.append with the
 * same `manager`) and nothing else. Publish events only after this promise resolves, so a listener never
 * hears of a change that was rolled back:
 *
 *   const claim = await inTransaction(dataSource, async (manager) => { ...; await audit.append(manager, entry); });
 *   await events.publish({ type: 'claim.updated', articleId: claim.articleId, claimId: claim.id, actor, data });
 *
 * TypeORM's SQLite driver runs every query on one shared connection, so two overlapping transactions would
 * interleave (the second becoming a savepoint inside the first). On SQLite all writes therefore queue behind
 * each other in this process; PostgreSQL gives each transaction its own pooled connection.
 *
 * Across processes sharing one SQLite file, a deferred transaction that reads and then writes can fail at
 * once with SQLITE_BUSY when another process committed in between (the busy timeout does not apply to that
 * upgrade). `BEGIN IMMEDIATE` takes the write lock up front, so a second writer waits its turn instead.
 */
const queues = new WeakMap<DataSource, Promise<unknown>>();

export function inTransaction<T>(
  dataSource: DataSource,
  work: (manager: EntityManager) => Promise<T>,
): Promise<T> {
  if (dataSource.options.type !== 'sqlite') return dataSource.transaction(work);
  const previous = queues.get(dataSource) ?? Promise.resolve();
  const next = previous.catch(() => undefined).then(() => immediateTransaction(dataSource, work));
  queues.set(
    dataSource,
    next.catch(() => undefined),
  );
  return next;
}

const BEGIN_ATTEMPTS = 6;

function isSqliteBusy(error: unknown): boolean {
  const driverError = (error as { driverError?: { code?: unknown } } | null)?.driverError;
  return driverError?.code === 'SQLITE_BUSY';
}

/**
 * SQLite's busy handler polls with growing sleeps, so a process whose own queue keeps re-taking the write
 * lock can starve another process past the busy timeout. Nothing is written before BEGIN succeeds, so
 * trying again (after a short random pause) is always safe.
 */
async function beginImmediate(runner: QueryRunner): Promise<void> {
  for (let attempt = 1; ; attempt += 1) {
    try {
      await runner.query('BEGIN IMMEDIATE');
      return;
    } catch (error) {
      if (!isSqliteBusy(error) || attempt >= BEGIN_ATTEMPTS) throw error;
      await delay(10 * attempt + Math.random() * 50);
    }
  }
}

/** TypeORM's query runner bookkeeping, which its own startTransaction would set. */
interface TransactionBookkeeping {
  isTransactionActive: boolean;
  transactionDepth: number;
}

async function immediateTransaction<T>(
  dataSource: DataSource,
  work: (manager: EntityManager) => Promise<T>,
): Promise<T> {
  const runner = dataSource.createQueryRunner();
  const bookkeeping = runner as unknown as TransactionBookkeeping;
  await runner.connect();
  try {
    await beginImmediate(runner);
  } catch (error) {
    await runner.release();
    throw error;
  }
  // Marked active so TypeORM's save()/insert() join this transaction instead of opening their own.
  bookkeeping.isTransactionActive = true;
  bookkeeping.transactionDepth = 1;
  try {
    const result = await work(runner.manager);
    await runner.query('COMMIT');
    return result;
  } catch (error) {
    await runner.query('ROLLBACK').catch(() => undefined);
    throw error;
  } finally {
    bookkeeping.isTransactionActive = false;
    bookkeeping.transactionDepth = 0;
    await runner.release();
  }
}
