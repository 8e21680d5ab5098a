import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Database } from 'sqlite3';
import { DataSource } from 'typeorm';
import { seedApprovedClaims, seedPeople, type SeededArticle } from '../../test/support/export-seed';
import { loadConfig } from '../config/app-config';
import { dataSourceOptions } from '../database/data-source-options';
import { EXPORT_ENTITIES, readExportPages, type ExportFilter } from './export-rows';

/** Reading pages on a real SQLite file with the app's migrations: order, read-ahead and statement reuse. */
describe('readExportPages', () => {
  let dir: string;
  let dataSource: DataSource;
  let seeded: SeededArticle[];
  const publicScope: ExportFilter = { scope: 'public' };

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'claimdesk-export-rows-'));
    const config = loadConfig({ DATA_DIR: dir, LOG_LEVEL: 'silent', SEED_DEMO: 'false' });
    dataSource = await new DataSource({
      ...dataSourceOptions(config),
      entities: EXPORT_ENTITIES,
    }).initialize();
    seeded = await seedApprovedClaims(dataSource, await seedPeople(dataSource), 60, { perArticle: 25 });
  });

  afterAll(async () => {
    await dataSource.destroy();
    rmSync(dir, { recursive: true, force: true });
  });

  async function claimIds(pageSize: number): Promise<{ ids: string[]; pages: number }> {
    const ids: string[] = [];
    let pages = 0;
    for await (const page of readExportPages(dataSource, publicScope, pageSize)) {
      pages += 1;
      ids.push(...page.map((row) => row.claimId));
    }
    return { ids, pages };
  }

  it('yields every claim once, in article order, whatever the page size', async () => {
    const inArticleOrder = [...seeded]
      .sort((a, b) => a.article.id.localeCompare(b.article.id))
      .flatMap((article) => article.claimIds);
    const small = await claimIds(7);
    expect(small.pages).toBe(Math.ceil(60 / 7));
    expect(small.ids).toEqual(inArticleOrder);
    expect((await claimIds(1000)).ids).toEqual(inArticleOrder);
    // A page size that divides the count exactly ends on an empty read, not a missing page.
    expect((await claimIds(20)).ids).toEqual(inArticleOrder);
  });

  it('prepares the page query once for all later pages (the cursor is bound, not written into the SQL)', async () => {
    const connection = (dataSource.driver as unknown as { databaseConnection: Database }).databaseConnection;
    const prepare = jest.spyOn(connection, 'prepare');
    // A filter no other test uses, so its statements are not cached yet: one for the first page, one for the rest.
    const filter: ExportFilter = { scope: 'public', approvedFrom: '2026-01-02T00:00:00.000Z' };
    let rows = 0;
    for await (const page of readExportPages(dataSource, filter, 5)) rows += page.length;
    expect(rows).toBe(59);
    expect(prepare).toHaveBeenCalledTimes(2);
    prepare.mockRestore();
  });

  it('can be abandoned after the first page while the next one is being read, even if that read fails', async () => {
    const connection = (dataSource.driver as unknown as { databaseConnection: Database }).databaseConnection;
    const prepare = connection.prepare.bind(connection);
    let prepared = 0;
    let failed!: () => void;
    const readAheadFailed = new Promise<void>((resolve) => (failed = resolve));
    // The first page's statement prepares; the read-ahead's (the later-pages statement) fails to.
    const spy = jest.spyOn(connection, 'prepare').mockImplementation(((
      sql: string,
      callback: (error: Error | null) => void,
    ) =>
      (prepared += 1) === 1
        ? prepare(sql, callback)
        : prepare(`${sql} AND no_such_column = 1`, (error: Error | null) => {
            callback(error);
            failed();
          })) as never);
    const unhandled = jest.fn();
    process.on('unhandledRejection', unhandled);
    try {
      const filter: ExportFilter = { scope: 'public', approvedBefore: '2027-01-01T00:00:00.000Z' };
      for await (const page of readExportPages(dataSource, filter, 10)) {
        expect(page).toHaveLength(10);
        break;
      }
      spy.mockRestore();
      // The read-ahead fails after the consumer has left; Node reports unhandled rejections a turn later.
      await readAheadFailed;
      await new Promise((resolve) => setImmediate(resolve));
      expect(prepared).toBe(2);
      expect(unhandled).not.toHaveBeenCalled();
      // Later exports are unaffected.
      expect((await claimIds(1000)).ids).toHaveLength(60);
    } finally {
      spy.mockRestore();
      process.off('unhandledRejection', unhandled);
    }
  });
});
