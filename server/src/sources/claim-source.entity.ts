import type { SourceStance } from '@claimdesk/shared';
import { Column, Entity, PrimaryColumn } from 'typeorm';

/** How one claim uses a cited document. Removal is a mark, so earlier verdict revisions still resolve. */
@Entity('claim_sources')
export class ClaimSource {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id!: string;

  @Column({ name: 'claim_id', type: 'varchar', length: 36 })
  claimId!: string;

  @Column({ name: 'document_id', type: 'varchar', length: 36 })
  documentId!: string;

  @Column({ type: 'text', nullable: true })
  excerpt!: string | null;

  @Column({ type: 'varchar', length: 20 })
  stance!: SourceStance;

  @Column({ name: 'accessed_at', type: 'varchar', length: 32, nullable: true })
  accessedAt!: string | null;

  @Column({ name: 'archive_url', type: 'varchar', length: 2048, nullable: true })
  archiveUrl!: string | null;

  @Column({ type: 'text', nullable: true })
  note!: string | null;

  @Column({ name: 'created_by', type: 'varchar', length: 36 })
  createdBy!: string;

  @Column({ name: 'created_at', type: 'varchar', length: 32 })
  createdAt!: string;

  @Column({ name: 'updated_at', type: 'varchar', length: 32 })
  updatedAt!: string;

  @Column({ name: 'removed_at', type: 'varchar', length: 32, nullable: true })
  removedAt!: string | null;

  @Column({ name: 'removed_by', type: 'varchar', length: 36, nullable: true })
  removedBy!: string | null;
}
