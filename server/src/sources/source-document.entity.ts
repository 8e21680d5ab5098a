import type { SourceKind } from '@claimdesk/shared';
import { Column, Entity, PrimaryColumn } from 'typeorm';

/** A cited document, shared by every claim that cites the same normalised URL. */
@Entity('source_documents')
export class SourceDocument {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id!: string;

  @Column({ type: 'varchar', length: 2048, nullable: true })
  url!: string | null;

  @Column({ type: 'varchar', length: 500 })
  title!: string;

  @Column({ type: 'varchar', length: 300, nullable: true })
  publisher!: string | null;

  @Column({ type: 'varchar', length: 30 })
  kind!: SourceKind;

  @Column({ name: 'created_by', type: 'varchar', length: 36 })
  createdBy!: string;

  @Column({ name: 'created_at', type: 'varchar', length: 32 })
  createdAt!: string;

  @Column({ name: 'updated_at', type: 'varchar', length: 32 })
  updatedAt!: string;
}
