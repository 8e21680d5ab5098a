import type { VerdictRating } from '@claimdesk/shared';
import { Column, Entity, PrimaryColumn } from 'typeorm';

/** One submitted revision of a claim's verdict; the highest revision is the current one. */
@Entity('verdicts')
export class Verdict {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id!: string;

  @Column({ name: 'claim_id', type: 'varchar', length: 36 })
  claimId!: string;

  @Column({ type: 'integer' })
  revision!: number;

  @Column({ type: 'varchar', length: 30 })
  rating!: VerdictRating;

  @Column({ type: 'text' })
  rationale!: string;

  @Column({ name: 'source_ids', type: 'simple-json' })
  sourceIds!: string[];

  @Column({ name: 'author_id', type: 'varchar', length: 36 })
  authorId!: string;

  @Column({ name: 'created_at', type: 'varchar', length: 32 })
  createdAt!: string;

  @Column({ name: 'approved_by', type: 'varchar', length: 36, nullable: true })
  approvedBy!: string | null;

  @Column({ name: 'approved_at', type: 'varchar', length: 32, nullable: true })
  approvedAt!: string | null;

  @Column({ name: 'changes_requested_by', type: 'varchar', length: 36, nullable: true })
  changesRequestedBy!: string | null;

  @Column({ name: 'changes_requested_at', type: 'varchar', length: 32, nullable: true })
  changesRequestedAt!: string | null;

  @Column({ name: 'changes_requested_reason', type: 'text', nullable: true })
  changesRequestedReason!: string | null;

  @Column({ name: 'reopened_by', type: 'varchar', length: 36, nullable: true })
  reopenedBy!: string | null;

  @Column({ name: 'reopened_at', type: 'varchar', length: 32, nullable: true })
  reopenedAt!: string | null;

  @Column({ name: 'reopen_reason', type: 'text', nullable: true })
  reopenReason!: string | null;
}
