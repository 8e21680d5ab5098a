import { DataSource, EntityManager } from 'typeorm';

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
 */
const queues = new WeakMap<DataSource, Promise<unknown>>();

export function inTransaction<T>(
  dataSource: DataSource,
  work: (manager: EntityManager) => Promise<T>,
): Promise<T> {
  if (dataSource.options.type !== 'sqlite') return dataSource.transaction(work);
  const previous = queues.get(dataSource) ?? Promise.resolve();
  const next = previous.catch(() => undefined).then(() => dataSource.transaction(work));
  queues.set(
    dataSource,
    next.catch(() => undefined),
  );
  return next;
}
