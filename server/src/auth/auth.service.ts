import { Injectable } from '@nestjs/common';
import { randomBytes } from 'node:crypto';
import { ClaimDeskError, type SessionDto } from '@claimdesk/shared';
import { toUserDto } from '../users/dto/user.response';
import { hashPassword, needsRehash, verifyPassword } from '../users/password-hasher';
import { normaliseEmail, UsersService } from '../users/users.service';
import { LoginThrottle } from './login-throttle';
import { SessionsService } from './sessions.service';

/** Logging in and out. Session lookup per request is the SessionsService's job (via the AccessGuard). */
@Injectable()
export class AuthService {
  /** Checked against when the email is unknown, so that answer takes as long as a wrong password. */
  private readonly decoyHash: Promise<string>;

  constructor(
    private readonly users: UsersService,
    private readonly sessions: SessionsService,
    private readonly throttle: LoginThrottle,
  ) {
    this.decoyHash = hashPassword(randomBytes(16).toString('hex'));
  }

  async login(email: string, password: string, address: string): Promise<SessionDto & { token: string }> {
    const attempt = await this.throttle.begin(normaliseEmail(email), address);
    const user = await this.users.findByEmail(email);
    const matches = await verifyPassword(password, user?.passwordHash ?? (await this.decoyHash));
    // One answer for unknown, wrong and deactivated, so the login cannot be used to probe accounts.
    if (!user || !matches || !user.active) {
      throw new ClaimDeskError('INVALID_CREDENTIALS', 'The email or password is not correct');
    }
    await attempt.succeeded();
    if (needsRehash(user.passwordHash))
      await this.users.replacePasswordHash(user.id, await hashPassword(password));
    await this.sessions.deleteExpired();
    const { token } = await this.sessions.create(user.id);
    return { token, user: toUserDto(user) };
  }

  logout(token: string | undefined): Promise<void> {
    return this.sessions.revoke(token);
  }

  async whoAmI(userId: string): Promise<SessionDto> {
    return { user: await this.users.get(userId) };
  }
}
