import { mkdirSync } from 'node:fs';
import sqlite3 from 'sqlite3';
import type { DataSourceOptions } from 'typeorm';
import type { AppConfig } from '../config/app-config';
import { MIGRATIONS } from './migrations';

/**
 * One definition for both engines. Schema changes only ever come from migrations, which run at start;
 * `synchronize` stays off so a deployed database is never altered behind the operator's back.
 */
export function dataSourceOptions(config: AppConfig): DataSourceOptions {
  const common = { migrations: MIGRATIONS, migrationsRun: true, synchronize: false, logging: false } as const;
  if (config.database.kind === 'postgres') {
    return { ...common, type: 'postgres', url: config.database.url ?? undefined, extra: { max: 10 } };
  }
  mkdirSync(config.dataDir, { recursive: true });
  // TypeORM switches sqlite3 to verbose mode, which captures a stack trace and util.inspect()s the SQL and
  // parameters on every query: several times the cost of a small query. Handing it the plain module keeps that
  // off (errors still carry the SQL through TypeORM's QueryFailedError).
  const quietSqlite = Object.create(sqlite3, { verbose: { value: () => sqlite3 } }) as typeof sqlite3;
  // WAL lets readers proceed while a write commits; the busy timeout queues writers instead of failing.
  return {
    ...common,
    type: 'sqlite',
    driver: quietSqlite,
    database: config.database.sqlitePath,
    enableWAL: true,
    busyTimeout: 5000,
  };
}
