import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { createHash, randomBytes } from 'node:crypto';
import { DataSource, LessThan } from 'typeorm';
import { isRole } from '@claimdesk/shared';
import { AppConfig } from '../config/app-config';
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

  async create(userId: string): Promise<{ token: string; expiresAt: Date }> {
    const token = randomBytes(32).toString('base64url');
    const now = Date.now();
    const expiresAt = new Date(now + this.idleMs);
    await this.sessions.insert({ tokenHash: hashToken(token), userId, createdAt: new Date(now), expiresAt });
    return { token, expiresAt };
  }

  /** The user behind a cookie token, or null when the session is unknown, expired, or its user deactivated. */
  async resolve(token: string | undefined): Promise<SessionUser | null> {
    if (!token || !TOKEN_PATTERN.test(token)) return null;
    const session = await this.sessions.findOne({
      where: { tokenHash: hashToken(token) },
      relations: { user: true },
    });
    const user = session?.user;
    if (!session || !user || !user.active || !isRole(user.role)) return null;
    const now = Date.now();
    const expiresAt = session.expiresAt.getTime();
    if (expiresAt <= now || session.createdAt.getTime() + ABSOLUTE_LIFETIME_MS <= now) {
      await this.sessions.delete({ tokenHash: session.tokenHash });
      return null;
    }
    if (expiresAt - now < this.idleMs - SLIDE_AFTER_MS) {
      await this.sessions.update(
        { tokenHash: session.tokenHash },
        { expiresAt: new Date(now + this.idleMs) },
      );
    }
    return { id: user.id, email: user.email, displayName: user.displayName, role: user.role };
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
