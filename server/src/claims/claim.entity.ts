import type { ClaimOrigin, ClaimState, ClaimType } from '@claimdesk/shared';
import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * A checkable statement: a span [start, end) of its article's text plus the review state around it.
 * Timestamps are ISO-8601 UTC strings, as in the users table.
 */
@Entity('claims')
export class Claim {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id!: string;

  @Column({ name: 'article_id', type: 'varchar', length: 36 })
  articleId!: string;

  @Column({ type: 'text' })
  text!: string;

  @Column({ name: 'checked_text', type: 'text', nullable: true })
  checkedText!: string | null;

  @Column({ name: 'start_offset', type: 'integer' })
  start!: number;

  @Column({ name: 'end_offset', type: 'integer' })
  end!: number;

  @Column({ type: 'double precision' })
  score!: number;

  @Column({ type: 'varchar', length: 30 })
  type!: ClaimType;

  @Column({ type: 'varchar', length: 300, nullable: true })
  speaker!: string | null;

  @Column({ type: 'boolean', default: false })
  quoted!: boolean;

  @Column({ type: 'varchar', length: 30 })
  state!: ClaimState;

  @Column({ type: 'varchar', length: 20 })
  origin!: ClaimOrigin;

  @Column({ name: 'assignee_id', type: 'varchar', length: 36, nullable: true })
  assigneeId!: string | null;

  @Column({ name: 'dismiss_reason', type: 'text', nullable: true })
  dismissReason!: string | null;

  @Column({ name: 'created_by', type: 'varchar', length: 36, nullable: true })
  createdBy!: string | null;

  @Column({ type: 'integer', default: 1 })
  version!: number;

  @Column({ name: 'created_at', type: 'varchar', length: 32 })
  createdAt!: string;

  @Column({ name: 'updated_at', type: 'varchar', length: 32 })
  updatedAt!: string;
}
