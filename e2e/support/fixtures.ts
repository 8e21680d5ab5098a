import { test as base } from '@playwright/test';
import { AppServer } from './test-server';

/** Starts a fresh app (and database) whenever the worker moves on to another test file. */
class ServerPerFile {
  private current: { file: string; server: AppServer } | null = null;

  async urlFor(file: string): Promise<string> {
    if (this.current?.file === file) return this.current.server.url;
    await this.stop();
    this.current = { file, server: await AppServer.start() };
    return this.current.server.url;
  }

  async stop(): Promise<void> {
    await this.current?.server.stop();
    this.current = null;
  }
}

/**
 * Every test file gets its own server on its own temporary SQLite database, so journeys cannot see each
 * other's data. Contexts and request fixtures inherit `baseURL`, including `browser.newContext()`.
 */
export const test = base.extend<object, { serverPerFile: ServerPerFile }>({
  serverPerFile: [
    // Playwright reads the fixture's dependencies from this destructuring, so it must stay an (empty) pattern.
    // eslint-disable-next-line no-empty-pattern
    async ({}, use) => {
      const servers = new ServerPerFile();
      await use(servers);
      await servers.stop();
    },
    { scope: 'worker' },
  ],
  baseURL: async ({ serverPerFile }, use, testInfo) => {
    await use(await serverPerFile.urlFor(testInfo.file));
  },
});

export { expect } from '@playwright/test';
