import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { createHash, randomBytes } from 'node:crypto';
import { DataSource, EntityManager, LessThan } from 'typeorm';
import { ClaimDeskError, isRole } from '@claimdesk/shared';
import { AppConfig } from '../config/app-config';
import { queryNamed } from '../database/named-query';
import { SessionEntity } from './session.entity';
import type { SessionUser } from './session-user';

/** However active, a session ends this long after login; the idle expiry alone could run forever. */
const ABSOLUTE_LIFETIME_MS = 7 * 24 * 60 * 60 * 1000;
/** Sliding the expiry costs a write, so do it at most once a minute per session. */
const SLIDE_AFTER_MS = 60 * 1000;
/** 32 random bytes in base64url. Anything else is refused before touching the database. */
const TOKEN_PATTERN = /^[A-Za-z0-9_-]{43}$/;

export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

interface SessionRow {
  token_hash: string;
  user_id: string;
  created_at: Date | string;
  expires_at: Date | string;
  email: string;
  display_name: string;
  role: string;
  active: boolean | number;
}

interface ResolvedSession {
  tokenHash: string;
  userId: string;
  createdAt: number;
  expiresAt: number;
  email: string;
  displayName: string;
  role: string;
  active: boolean;
}

/** PostgreSQL hands back Date objects; TypeORM stores SQLite datetimes as 'YYYY-MM-DD HH:MM:SS.mmm' in UTC. */
function databaseTime(value: Date | string): number {
  if (value instanceof Date) return value.getTime();
  return Date.parse(value.includes('T') ? value : `${value.replace(' ', 'T')}Z`);
}

/** The refusal when the caller's session ended while their request was under way. */
export function sessionEnded(): ClaimDeskError {
  return new ClaimDeskError('UNAUTHENTICATED', 'Your session has ended; log in again');
}

/** Idle too long, or older than any session may be however active. */
function hasRunOut(session: ResolvedSession, now: number): boolean {
  return session.expiresAt <= now || session.createdAt + ABSOLUTE_LIFETIME_MS <= now;
}

/** Server-side sessions: the cookie carries a random token, the database only its SHA-256. */
@Injectable()
export class SessionsService {
  private readonly idleMs: number;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    config: AppConfig,
  ) {
    this.idleMs = config.auth.sessionIdleMinutes * 60 * 1000;
  }

  private get sessions() {
    return this.dataSource.getRepository(SessionEntity);
  }

  /** A new session for the user; inside the caller's transaction when `manager` is given. */
  async create(
    userId: string,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<{ token: string; expiresAt: Date }> {
    const token = randomBytes(32).toString('base64url');
    const now = Date.now();
    const expiresAt = new Date(now + this.idleMs);
    await manager.insert(SessionEntity, {
      tokenHash: hashToken(token),
      userId,
      createdAt: new Date(now),
      expiresAt,
    });
    return { token, expiresAt };
  }

  /** The user behind a cookie token, or null when the session is unknown, expired, or its user deactivated. */
  async resolve(token: string | undefined): Promise<SessionUser | null> {
    if (!token || !TOKEN_PATTERN.test(token)) return null;
    const session = await this.findWithUser(hashToken(token));
    if (!session || !session.active || !isRole(session.role)) return null;
    const now = Date.now();
    if (hasRunOut(session, now)) {
      await this.sessions.delete({ tokenHash: session.tokenHash });
      return null;
    }
    if (session.expiresAt - now < this.idleMs - SLIDE_AFTER_MS) {
      await this.sessions.update(
        { tokenHash: session.tokenHash },
        { expiresAt: new Date(now + this.idleMs) },
      );
    }
    return { id: session.userId, email: session.email, displayName: session.displayName, role: session.role };
  }

  /**
   * Whether the session behind a token is still valid (known, unexpired, its user active), without sliding its
   * expiry: for long-lived connections that must end with the session but do not count as using it.
   */
  async isLive(token: string | undefined): Promise<boolean> {
    if (!token || !TOKEN_PATTERN.test(token)) return false;
    const session = await this.findWithUser(hashToken(token));
    return session !== null && session.active && !hasRunOut(session, Date.now());
  }

  /**
   * Runs on every authenticated request, so it is one plain indexed join rather than an entity load with
   * a relation (which cost about ten times as much in the API benchmark).
   */
  private async findWithUser(tokenHash: string): Promise<ResolvedSession | null> {
    const [row] = await queryNamed<SessionRow>(
      this.dataSource,
      `SELECT s.token_hash, s.user_id, s.created_at, s.expires_at, u.email, u.display_name, u.role, u.active
         FROM sessions s JOIN users u ON u.id = s.user_id
        WHERE s.token_hash = :tokenHash`,
      { tokenHash },
    );
    if (!row) return null;
    return {
      tokenHash: row.token_hash,
      userId: row.user_id,
      createdAt: databaseTime(row.created_at),
      expiresAt: databaseTime(row.expires_at),
      email: row.email,
      displayName: row.display_name,
      role: row.role,
      active: row.active === true || row.active === 1,
    };
  }

  async revoke(token: string | undefined): Promise<void> {
    if (!token || !TOKEN_PATTERN.test(token)) return;
    await this.sessions.delete({ tokenHash: hashToken(token) });
  }

  async revokeAllFor(userId: string): Promise<void> {
    await this.sessions.delete({ userId });
  }

  /** Expired rows are harmless (resolve refuses them) but would pile up; logins sweep them. */
  async deleteExpired(): Promise<void> {
    await this.sessions.delete({ expiresAt: LessThan(new Date()) });
  }
}
