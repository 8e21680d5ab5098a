import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';

export interface TestDatabase {
  /** Environment entries that point the app at this database. */
  env: Record<string, string>;
  kind: 'sqlite' | 'postgres';
  drop(): Promise<void>;
}

/**
 * A fresh, empty database per test app: a temporary SQLite file by default, or — when DATABASE_URL names a
 * PostgreSQL server — a new database on that server, dropped afterwards.
 */
export async function createTestDatabase(): Promise<TestDatabase> {
  const dataDir = mkdtempSync(join(tmpdir(), 'claimdesk-test-'));
  const removeDir = () => rmSync(dataDir, { recursive: true, force: true });
  // Apps on this database share Redis keys and channels (as processes of one deployment do); other tests, and
  // other runs on this machine's Redis, never see them.
  const redisPrefix = `claimdesk-test:${randomBytes(6).toString('hex')}:`;
  const serverUrl = process.env.DATABASE_URL;
  if (!serverUrl) {
    return {
      kind: 'sqlite',
      env: { DATA_DIR: dataDir, REDIS_PREFIX: redisPrefix },
      drop: async () => removeDir(),
    };
  }
  const name = `claimdesk_test_${randomBytes(6).toString('hex')}`;
  await withAdminClient(serverUrl, (client) => client.query(`CREATE DATABASE ${name}`));
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return {
    kind: 'postgres',
    env: { DATA_DIR: dataDir, DATABASE_URL: url.toString(), REDIS_PREFIX: redisPrefix },
    drop: async () => {
      await withAdminClient(serverUrl, (client) =>
        client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`),
      );
      removeDir();
    },
  };
}

async function withAdminClient<T>(url: string, work: (client: Client) => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}
