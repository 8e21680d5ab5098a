import type { NestExpressApplication } from '@nestjs/platform-express';
import request from 'supertest';
import { loadConfig, type AppConfig } from '../../src/config/app-config';
import { createApp } from '../../src/create-app';
import { createTestDatabase, type TestDatabase } from './test-database';

export interface TestApp {
  app: NestExpressApplication;
  config: AppConfig;
  database: TestDatabase;
  /** Base URL of the listening server, e.g. for fetch or a second client. */
  url: string;
  http: () => ReturnType<typeof request>;
  close(): Promise<void>;
}

/**
 * Starts the real app (production wiring, migrations) on a fresh database and a free loopback port.
 * `env` overrides settings for one test file, e.g. `{ ALLOW_PRIVATE_URLS: 'true' }`.
 */
export interface StartOptions {
  /**
   * Start on another app's database instead of a fresh one (e.g. two server processes sharing one SQLite file
   * or PostgreSQL database). The database then belongs to the caller: closing this app does not drop it.
   */
  database?: TestDatabase;
}

export async function startTestApp(
  env: Record<string, string> = {},
  options: StartOptions = {},
): Promise<TestApp> {
  const database = options.database ?? (await createTestDatabase());
  const ownsDatabase = options.database === undefined;
  const config = loadConfig({ LOG_LEVEL: 'silent', SEED_DEMO: 'false', ...database.env, ...env });
  const app = await createApp(config);
  await app.listen(0, '127.0.0.1');
  const url = await app.getUrl();
  return {
    app,
    config,
    database,
    url: url.replace('[::1]', '127.0.0.1'),
    http: () => request(app.getHttpServer()),
    close: async () => {
      await app.close();
      if (ownsDatabase) await database.drop();
    },
  };
}
