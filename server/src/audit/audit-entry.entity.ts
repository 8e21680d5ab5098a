import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { AuditTargetType } from './audit-entry';

/**
 * One link of the append-only audit chain. `seq` is assigned by AuditService (last + 1) and is the primary
 * key, so two appends that raced past the lock would collide instead of forking the chain. `createdAt` is
 * the ISO-8601 text that was hashed (kept as text so both engines give back exactly the hashed bytes), and
 * before/after are stored as the canonical JSON text that was hashed.
 */
@Entity('audit_entries')
export class AuditEntry {
  @PrimaryColumn({ type: 'integer' })
  seq!: number;

  @Column({ type: 'varchar', length: 36, unique: true })
  id!: string;

  @Column({ name: 'actor_id', type: 'varchar', length: 36, nullable: true })
  actorId!: string | null;

  @Column({ type: 'varchar', length: 100 })
  action!: string;

  @Column({ name: 'target_type', type: 'varchar', length: 20 })
  targetType!: AuditTargetType;

  @Column({ name: 'target_id', type: 'varchar', length: 36 })
  targetId!: string;

  @Column({ name: 'article_id', type: 'varchar', length: 36, nullable: true })
  articleId!: string | null;

  @Column({ name: 'claim_id', type: 'varchar', length: 36, nullable: true })
  claimId!: string | null;

  @Column({ name: 'before_json', type: 'text', nullable: true })
  beforeJson!: string | null;

  @Column({ name: 'after_json', type: 'text', nullable: true })
  afterJson!: string | null;

  @Column({ name: 'created_at', type: 'varchar', length: 30 })
  createdAt!: string;

  @Column({ name: 'prev_hash', type: 'varchar', length: 64 })
  prevHash!: string;

  @Column({ type: 'varchar', length: 64 })
  hash!: string;
}
