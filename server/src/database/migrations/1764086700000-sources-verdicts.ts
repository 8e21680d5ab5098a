import { MigrationInterface, QueryRunner, Table, TableIndex } from 'typeorm';

/**
 * Research and verdicts. A cited document (`source_documents`, one row per normalised URL) is shared between
 * claims; `claim_sources` says how one claim uses it (stance, excerpt, note). A removed source keeps its row
 * (`removed_at`) so earlier verdict revisions still name what they relied on. Every submission is a new
 * `verdicts` row; approval, change requests and reopening are recorded on the revision they concern.
 * Times are ISO-8601 UTC text, as in users and audit_entries.
 */
export class SourcesVerdicts1764086700000 implements MigrationInterface {
  name = 'SourcesVerdicts1764086700000';

  async up(queryRunner: QueryRunner): Promise<void> {
    const time = (name: string, isNullable = false) => ({ name, type: 'varchar', length: '32', isNullable });
    const userRef = (name: string, isNullable = true) => ({
      name,
      type: 'varchar',
      length: '36',
      isNullable,
    });
    const users = (column: string) => ({
      columnNames: [column],
      referencedTableName: 'users',
      referencedColumnNames: ['id'],
    });
    await queryRunner.createTable(
      new Table({
        name: 'source_documents',
        columns: [
          { name: 'id', type: 'varchar', length: '36', isPrimary: true },
          // Null for sources without a web address (an interview, a printed report); those are never shared.
          { name: 'url', type: 'varchar', length: '2048', isNullable: true },
          { name: 'title', type: 'varchar', length: '500' },
          { name: 'publisher', type: 'varchar', length: '300', isNullable: true },
          { name: 'kind', type: 'varchar', length: '30' },
          userRef('created_by', false),
          time('created_at'),
          time('updated_at'),
        ],
        foreignKeys: [users('created_by')],
        indices: [new TableIndex({ name: 'UQ_source_documents_url', columnNames: ['url'], isUnique: true })],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'claim_sources',
        columns: [
          { name: 'id', type: 'varchar', length: '36', isPrimary: true },
          { name: 'claim_id', type: 'varchar', length: '36' },
          { name: 'document_id', type: 'varchar', length: '36' },
          { name: 'excerpt', type: 'text', isNullable: true },
          { name: 'stance', type: 'varchar', length: '20' },
          time('accessed_at', true),
          { name: 'archive_url', type: 'varchar', length: '2048', isNullable: true },
          { name: 'note', type: 'text', isNullable: true },
          userRef('created_by', false),
          time('created_at'),
          time('updated_at'),
          time('removed_at', true),
          userRef('removed_by'),
        ],
        foreignKeys: [
          {
            columnNames: ['claim_id'],
            referencedTableName: 'claims',
            referencedColumnNames: ['id'],
            onDelete: 'CASCADE',
          },
          {
            columnNames: ['document_id'],
            referencedTableName: 'source_documents',
            referencedColumnNames: ['id'],
          },
          users('created_by'),
          users('removed_by'),
        ],
        indices: [
          new TableIndex({ name: 'IDX_claim_sources_claim', columnNames: ['claim_id'] }),
          new TableIndex({ name: 'IDX_claim_sources_document', columnNames: ['document_id'] }),
        ],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'verdicts',
        columns: [
          { name: 'id', type: 'varchar', length: '36', isPrimary: true },
          { name: 'claim_id', type: 'varchar', length: '36' },
          { name: 'revision', type: 'integer' },
          { name: 'rating', type: 'varchar', length: '30' },
          { name: 'rationale', type: 'text' },
          // JSON array of claim_sources ids, frozen at submission.
          { name: 'source_ids', type: 'text' },
          userRef('author_id', false),
          time('created_at'),
          userRef('approved_by'),
          time('approved_at', true),
          userRef('changes_requested_by'),
          time('changes_requested_at', true),
          { name: 'changes_requested_reason', type: 'text', isNullable: true },
          userRef('reopened_by'),
          time('reopened_at', true),
          { name: 'reopen_reason', type: 'text', isNullable: true },
        ],
        foreignKeys: [
          {
            columnNames: ['claim_id'],
            referencedTableName: 'claims',
            referencedColumnNames: ['id'],
            onDelete: 'CASCADE',
          },
          users('author_id'),
          users('approved_by'),
          users('changes_requested_by'),
          users('reopened_by'),
        ],
        indices: [
          new TableIndex({
            name: 'UQ_verdicts_claim_revision',
            columnNames: ['claim_id', 'revision'],
            isUnique: true,
          }),
        ],
      }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable('verdicts');
    await queryRunner.dropTable('claim_sources');
    await queryRunner.dropTable('source_documents');
  }
}
