import { Injectable } from '@nestjs/common';
import { randomBytes } from 'node:crypto';
import {
  ClaimDeskError,
  type ChangePasswordDto,
  type OtherSessionsEndedDto,
  type SessionDto,
} from '@claimdesk/shared';
import { toUserDto } from '../users/dto/user.response';
import { hashPassword, needsRehash, verifyPassword } from '../users/password-hasher';
import { normaliseEmail, UsersService } from '../users/users.service';
import { fieldProblem } from '../common/errors/field-problem';
import { LoginThrottle } from './login-throttle';
import type { SessionUser } from './session-user';
import { hashToken, sessionEnded, SessionsService } from './sessions.service';

/**
 * Logging in and out, and changing one's own password. Session lookup per request is the SessionsService's job
 * (via the AccessGuard).
 */
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
      await this.users.replacePasswordHash(user.id, user.passwordHash, await hashPassword(password));
    await this.sessions.deleteExpired();
    const { token } = await this.sessions.create(user.id);
    return { token, user: toUserDto(user) };
  }

  /**
   * Sets a new password once the current one checks out, ends every session of the user (one opened with the
   * old password included) and returns a fresh session for the caller. Wrong current passwords count against
   * the same limits as failed logins, so a stolen session gives no faster way to guess the password.
   */
  async changePassword(
    user: SessionUser,
    { currentPassword, newPassword }: ChangePasswordDto,
    address: string,
    sessionToken: string,
  ): Promise<{ token: string }> {
    const attempt = await this.throttle.begin(normaliseEmail(user.email), address);
    const account = await this.users.findAccount(user.id);
    if (!account || !(await verifyPassword(currentPassword, account.passwordHash))) {
      throw fieldProblem('currentPassword', 'is not your current password');
    }
    await attempt.succeeded();
    // Deactivated while this request ran (the guard let it in just before).
    if (!account.active) throw sessionEnded();
    // The hasher compares NFC forms, so this is the same test as hashing the new one against the old hash.
    if (newPassword.normalize('NFC') === currentPassword.normalize('NFC')) {
      throw fieldProblem('newPassword', 'must differ from your current password');
    }
    const passwordHash = await hashPassword(newPassword);
    return this.users.changeOwnPassword(
      account.id,
      account.passwordHash,
      passwordHash,
      hashToken(sessionToken),
      (manager) => this.sessions.create(account.id, manager),
    );
  }

  /** Ends every session of the user but the one making the request. */
  async logoutOthers(user: SessionUser, sessionToken: string): Promise<OtherSessionsEndedDto> {
    return { ended: await this.users.endOtherSessions(user.id, hashToken(sessionToken)) };
  }

  logout(token: string | undefined): Promise<void> {
    return this.sessions.revoke(token);
  }

  async whoAmI(userId: string): Promise<SessionDto> {
    return { user: await this.users.get(userId) };
  }
}
