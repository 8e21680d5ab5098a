import { MigrationInterface, QueryRunner, Table, TableIndex } from 'typeorm';

/**
 * The hash-chained audit trail and the comment threads on claims.
 *
 * audit_entries is append-only: no code path updates or deletes a row, and triggers refuse UPDATE and DELETE
 * on both engines (and TRUNCATE on PostgreSQL), so even a stray query cannot rewrite history quietly. It has
 * no foreign keys on purpose: the trail outlives the claims, comments and users it mentions.
 */
export class AuditComments1764086800000 implements MigrationInterface {
  name = 'AuditComments1764086800000';

  async up(queryRunner: QueryRunner): Promise<void> {
    const postgres = queryRunner.connection.options.type === 'postgres';
    const timestamp = postgres ? 'timestamptz' : 'datetime';
    await queryRunner.createTable(
      new Table({
        name: 'audit_entries',
        columns: [
          { name: 'seq', type: 'integer', isPrimary: true },
          { name: 'id', type: 'varchar', length: '36', isUnique: true },
          { name: 'actor_id', type: 'varchar', length: '36', isNullable: true },
          { name: 'action', type: 'varchar', length: '100' },
          { name: 'target_type', type: 'varchar', length: '20' },
          { name: 'target_id', type: 'varchar', length: '36' },
          { name: 'article_id', type: 'varchar', length: '36', isNullable: true },
          { name: 'claim_id', type: 'varchar', length: '36', isNullable: true },
          { name: 'before_json', type: 'text', isNullable: true },
          { name: 'after_json', type: 'text', isNullable: true },
          // ISO-8601 text: exactly the bytes that were hashed, and it sorts in time order.
          { name: 'created_at', type: 'varchar', length: '30' },
          { name: 'prev_hash', type: 'varchar', length: '64' },
          { name: 'hash', type: 'varchar', length: '64' },
        ],
        indices: [
          new TableIndex({ name: 'IDX_audit_claim', columnNames: ['claim_id', 'seq'] }),
          new TableIndex({ name: 'IDX_audit_article', columnNames: ['article_id', 'seq'] }),
          new TableIndex({ name: 'IDX_audit_target', columnNames: ['target_type', 'target_id', 'seq'] }),
          new TableIndex({ name: 'IDX_audit_actor', columnNames: ['actor_id', 'seq'] }),
          new TableIndex({ name: 'IDX_audit_created_at', columnNames: ['created_at'] }),
        ],
      }),
    );
    await this.refuseAuditChanges(queryRunner, postgres);

    await queryRunner.createTable(
      new Table({
        name: 'comments',
        columns: [
          { name: 'id', type: 'varchar', length: '36', isPrimary: true },
          { name: 'claim_id', type: 'varchar', length: '36' },
          { name: 'article_id', type: 'varchar', length: '36' },
          { name: 'author_id', type: 'varchar', length: '36' },
          { name: 'body', type: 'text' },
          { name: 'version', type: 'integer', default: 1 },
          { name: 'created_at', type: timestamp },
          { name: 'edited_at', type: timestamp, isNullable: true },
          // Soft delete: the thread keeps its shape and shows "deleted"; body is cleared (history keeps it).
          { name: 'deleted_at', type: timestamp, isNullable: true },
        ],
        foreignKeys: [
          {
            columnNames: ['claim_id'],
            referencedTableName: 'claims',
            referencedColumnNames: ['id'],
            onDelete: 'CASCADE',
          },
          { columnNames: ['author_id'], referencedTableName: 'users', referencedColumnNames: ['id'] },
        ],
        indices: [
          new TableIndex({ name: 'IDX_comments_claim', columnNames: ['claim_id', 'created_at', 'id'] }),
        ],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'comment_revisions',
        columns: [
          { name: 'id', type: 'varchar', length: '36', isPrimary: true },
          { name: 'comment_id', type: 'varchar', length: '36' },
          // 1 is the text as first posted, then one per edit; a delete clears comments.body but keeps these.
          { name: 'revision', type: 'integer' },
          { name: 'body', type: 'text' },
          { name: 'written_at', type: timestamp },
        ],
        foreignKeys: [
          {
            columnNames: ['comment_id'],
            referencedTableName: 'comments',
            referencedColumnNames: ['id'],
            onDelete: 'CASCADE',
          },
        ],
        indices: [
          new TableIndex({
            name: 'IDX_comment_revisions',
            columnNames: ['comment_id', 'revision'],
            isUnique: true,
          }),
        ],
      }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable('comment_revisions');
    await queryRunner.dropTable('comments');
    await queryRunner.dropTable('audit_entries');
    if (queryRunner.connection.options.type === 'postgres') {
      await queryRunner.query('DROP FUNCTION IF EXISTS audit_entries_append_only()');
    }
  }

  private async refuseAuditChanges(queryRunner: QueryRunner, postgres: boolean): Promise<void> {
    if (postgres) {
      await queryRunner.query(`
        CREATE FUNCTION audit_entries_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
          RAISE EXCEPTION 'audit_entries is append-only';
        END $$`);
      await queryRunner.query(`CREATE TRIGGER audit_entries_no_change BEFORE UPDATE OR DELETE ON audit_entries
        FOR EACH ROW EXECUTE FUNCTION audit_entries_append_only()`);
      await queryRunner.query(`CREATE TRIGGER audit_entries_no_truncate BEFORE TRUNCATE ON audit_entries
        FOR EACH STATEMENT EXECUTE FUNCTION audit_entries_append_only()`);
      return;
    }
    await queryRunner.query(`CREATE TRIGGER audit_entries_no_update BEFORE UPDATE ON audit_entries
      BEGIN SELECT RAISE(ABORT, 'audit_entries is append-only'); END`);
    await queryRunner.query(`CREATE TRIGGER audit_entries_no_delete BEFORE DELETE ON audit_entries
      BEGIN SELECT RAISE(ABORT, 'audit_entries is append-only'); END`);
  }
}
