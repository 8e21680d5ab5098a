import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { UserEntity } from '../users/user.entity';

/**
 * A server-side login session. Only the SHA-256 of the cookie token is stored, so a leaked database
 * cannot be replayed as cookies.
 */
@Entity('sessions')
export class SessionEntity {
  @PrimaryColumn({ name: 'token_hash', type: 'varchar', length: 64 })
  tokenHash!: string;

  @Index('idx_sessions_user_id')
  @Column({ name: 'user_id', type: 'varchar', length: 36 })
  userId!: string;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id' })
  user?: UserEntity;

  @Column({ name: 'created_at', type: Date })
  createdAt!: Date;

  /** Idle expiry, pushed forward while the session is used (at most once a minute). */
  @Column({ name: 'expires_at', type: Date })
  expiresAt!: Date;
}
