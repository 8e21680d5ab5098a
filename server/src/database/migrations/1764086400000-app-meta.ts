import { MigrationInterface, QueryRunner, Table } from 'typeorm';

/** Instance-wide facts (install id, when the instance was first started), written once at first start. */
export class AppMeta1764086400000 implements MigrationInterface {
  name = 'AppMeta1764086400000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.createTable(
      new Table({
        name: 'app_meta',
        columns: [
          { name: 'key', type: 'varchar', length: '100', isPrimary: true },
          { name: 'value', type: 'text' },
        ],
      }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable('app_meta');
  }
}
