import { MigrationInterface, QueryRunner, Table, TableIndex } from 'typeorm';

/**
 * Articles and the claims found in them. Offsets are UTF-16 indices into `articles.text`, so the text is
 * stored exactly as imported. `version` is the optimistic lock every claim write checks. Timestamps are
 * ISO-8601 UTC strings in varchar columns, as in the users table: identical on both engines, sortable as text.
 */
export class ArticlesClaims1764086600000 implements MigrationInterface {
  name = 'ArticlesClaims1764086600000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.createTable(
      new Table({
        name: 'articles',
        columns: [
          { name: 'id', type: 'varchar', length: '36', isPrimary: true },
          { name: 'title', type: 'varchar', length: '500' },
          { name: 'outlet', type: 'varchar', length: '300', isNullable: true },
          { name: 'author', type: 'varchar', length: '300', isNullable: true },
          { name: 'url', type: 'varchar', length: '2048', isNullable: true },
          { name: 'published_at', type: 'varchar', length: '32', isNullable: true },
          { name: 'text', type: 'text' },
          { name: 'imported_by', type: 'varchar', length: '36' },
          { name: 'imported_at', type: 'varchar', length: '32' },
        ],
        foreignKeys: [
          { columnNames: ['imported_by'], referencedTableName: 'users', referencedColumnNames: ['id'] },
        ],
        indices: [new TableIndex({ name: 'IDX_articles_imported_at', columnNames: ['imported_at', 'id'] })],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'claims',
        columns: [
          { name: 'id', type: 'varchar', length: '36', isPrimary: true },
          { name: 'article_id', type: 'varchar', length: '36' },
          { name: 'text', type: 'text' },
          { name: 'checked_text', type: 'text', isNullable: true },
          { name: 'start_offset', type: 'integer' },
          { name: 'end_offset', type: 'integer' },
          { name: 'score', type: 'double precision' },
          { name: 'type', type: 'varchar', length: '30' },
          { name: 'speaker', type: 'varchar', length: '300', isNullable: true },
          { name: 'quoted', type: 'boolean', default: false },
          { name: 'state', type: 'varchar', length: '30' },
          // 'extraction' claims may be replaced by a re-run until someone works on them; 'manual' ones never are.
          { name: 'origin', type: 'varchar', length: '20' },
          { name: 'assignee_id', type: 'varchar', length: '36', isNullable: true },
          { name: 'dismiss_reason', type: 'text', isNullable: true },
          { name: 'created_by', type: 'varchar', length: '36', isNullable: true },
          { name: 'version', type: 'integer', default: 1 },
          { name: 'created_at', type: 'varchar', length: '32' },
          { name: 'updated_at', type: 'varchar', length: '32' },
        ],
        foreignKeys: [
          {
            columnNames: ['article_id'],
            referencedTableName: 'articles',
            referencedColumnNames: ['id'],
            onDelete: 'CASCADE',
          },
          {
            columnNames: ['assignee_id'],
            referencedTableName: 'users',
            referencedColumnNames: ['id'],
            onDelete: 'SET NULL',
          },
          { columnNames: ['created_by'], referencedTableName: 'users', referencedColumnNames: ['id'] },
        ],
        indices: [
          new TableIndex({
            name: 'IDX_claims_article_position',
            columnNames: ['article_id', 'start_offset', 'id'],
          }),
          new TableIndex({ name: 'IDX_claims_score', columnNames: ['score', 'id'] }),
          new TableIndex({ name: 'IDX_claims_updated_at', columnNames: ['updated_at', 'id'] }),
          new TableIndex({ name: 'IDX_claims_state', columnNames: ['state'] }),
          new TableIndex({ name: 'IDX_claims_assignee', columnNames: ['assignee_id'] }),
        ],
      }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable('claims');
    await queryRunner.dropTable('articles');
  }
}
