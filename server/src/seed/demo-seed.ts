import { Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { DataSource } from 'typeorm';
import { ArticlesService } from '../articles/articles.service';
import { AppConfig } from '../config/app-config';
import { FirstAdmin } from '../users/first-admin';
import { UserEntity } from '../users/user.entity';

export const DEMO_SEEDED_KEY = 'demo_seeded';

/** tsc does not copy .txt files into dist, so the fixture is read from src/seed in both layouts. */
export const DEMO_ARTICLE_PATH = resolve(__dirname, '../../src/seed/alaska-summit-article.txt');

export const DEMO_ARTICLE_METADATA = {
  title: 'Donald Trump and Vladimir Putin meet in Alaska to discuss peace without Ukraine',
  outlet: 'NZ Herald',
} as const;

/**
 * First start: imports the sample article as the first admin, so a new desk sees claims at once. Recorded in
 * app_meta within the import's own transaction, so it happens once even if the article is later deleted.
 */
@Injectable()
export class DemoSeed implements OnApplicationBootstrap {
  private readonly logger = new Logger('DemoSeed');

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly config: AppConfig,
    private readonly firstAdmin: FirstAdmin,
    private readonly articles: ArticlesService,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    if (!this.config.seedDemo) return;
    await this.seed();
  }

  /** True when this call imported the article. */
  async seed(): Promise<boolean> {
    // The admin must exist first; ensure() is shared with FirstAdmin's own bootstrap, so it runs once.
    await this.firstAdmin.ensure();
    if (await this.alreadySeeded()) return false;
    const admin = await this.dataSource
      .getRepository(UserEntity)
      .findOne({ where: { role: 'admin', active: true }, order: { createdAt: 'ASC' } });
    if (!admin) {
      this.logger.warn('No active admin to import the demo article as; skipped');
      return false;
    }
    const text = readFileSync(DEMO_ARTICLE_PATH, 'utf8');
    const result = await this.articles.importArticle(
      { text, ...DEMO_ARTICLE_METADATA },
      admin.id,
      (manager) =>
        manager
          .createQueryBuilder()
          .insert()
          .into('app_meta')
          .values({ key: DEMO_SEEDED_KEY, value: new Date().toISOString() })
          .execute()
          .then(() => undefined),
    );
    this.logger.log(
      `Imported the demo article with ${result.claimsCreated} claims (SEED_DEMO=false turns this off)`,
    );
    return true;
  }

  private async alreadySeeded(): Promise<boolean> {
    const rows: unknown[] = await this.dataSource
      .createQueryBuilder()
      .select('m.key', 'key')
      .from('app_meta', 'm')
      .where('m.key = :key', { key: DEMO_SEEDED_KEY })
      .getRawMany();
    return rows.length > 0;
  }
}
