import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { Role } from '@claimdesk/shared';

/**
 * A newsroom account. Never deleted: a deactivated user keeps authorship of verdicts, comments and audit
 * entries. Timestamps are `Date`s in `datetime` (SQLite) / `timestamptz` (PostgreSQL) columns, as elsewhere.
 */
@Entity('users')
export class UserEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id!: string;

  /** Stored lower-case; unique. */
  @Column({ type: 'varchar', length: 254, unique: true })
  email!: string;

  @Column({ name: 'display_name', type: 'varchar', length: 120 })
  displayName!: string;

  @Column({ type: 'varchar', length: 16 })
  role!: Role;

  @Column({ name: 'password_hash', type: 'varchar', length: 255 })
  passwordHash!: string;

  @Column({ type: 'boolean', default: true })
  active!: boolean;

  @Column({ name: 'created_at', type: Date })
  createdAt!: Date;

  @Column({ name: 'updated_at', type: Date })
  updatedAt!: Date;

  @Column({ name: 'deactivated_at', type: Date, nullable: true })
  deactivatedAt!: Date | null;
}
