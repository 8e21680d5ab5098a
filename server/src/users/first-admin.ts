import { Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { MIN_PASSWORD_LENGTH, type UserDto } from '@claimdesk/shared';
import { AppConfig } from '../config/app-config';
import { generatePassword } from './password-hasher';
import { UsersService } from './users.service';

/**
 * On a start with no users at all, creates the admin from ADMIN_EMAIL / ADMIN_PASSWORD, or with a generated
 * password that is logged once. With any user present it does nothing, so restarts are harmless.
 */
@Injectable()
export class FirstAdmin implements OnApplicationBootstrap {
  private readonly logger = new Logger('FirstStart');
  private pending: Promise<UserDto | null> | null = null;

  constructor(
    private readonly users: UsersService,
    private readonly config: AppConfig,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    await this.ensure();
  }

  /** The admin created on this start, or null if users already existed. Safe to call from other seeders. */
  ensure(): Promise<UserDto | null> {
    this.pending ??= this.createIfNoUsers();
    return this.pending;
  }

  private async createIfNoUsers(): Promise<UserDto | null> {
    if ((await this.users.count()) > 0) return null;
    const { email } = this.config.admin;
    const password = this.config.admin.password ?? generatePassword();
    if (password.length < MIN_PASSWORD_LENGTH) {
      throw new Error(`ADMIN_PASSWORD must be at least ${MIN_PASSWORD_LENGTH} characters`);
    }
    const admin = await this.users.create({ email, displayName: 'Administrator', role: 'admin', password });
    if (this.config.admin.password) {
      this.logger.log(
        `First start: created admin account ${admin.email} with the password from ADMIN_PASSWORD`,
      );
    } else {
      this.logger.warn(
        `First start: created admin account ${admin.email} with password ${password} — ` +
          'this password is shown only once; log in and change it (or set ADMIN_PASSWORD before the first start)',
      );
    }
    return admin;
  }
}
