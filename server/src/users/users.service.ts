import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { randomUUID } from 'node:crypto';
import { DataSource, EntityManager, QueryFailedError } from 'typeorm';
import { ClaimDeskError, MIN_PASSWORD_LENGTH, type Role, type UserDto } from '@claimdesk/shared';
import { SessionEntity } from '../auth/session.entity';
import { sessionEnded } from '../auth/sessions.service';
import { AuditService } from '../audit/audit.service';
import { inTransaction } from '../database/transactions';
import { toUserDto } from './dto/user.response';
import { hashPassword } from './password-hasher';
import { UserEntity } from './user.entity';

export interface NewUser {
  email: string;
  displayName: string;
  role: Role;
  password: string;
}

export interface UserChanges {
  displayName?: string;
  role?: Role;
}

export function normaliseEmail(email: string): string {
  return email.trim().toLowerCase();
}

function isUniqueViolation(error: unknown): boolean {
  if (!(error instanceof QueryFailedError)) return false;
  const driverError = error.driverError as { code?: string; message?: string };
  return driverError.code === '23505' || /UNIQUE constraint failed/i.test(driverError.message ?? '');
}

/** Accounts: creation, role changes, password resets, deactivation. Users are never deleted. */
@Injectable()
export class UsersService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  private get users() {
    return this.dataSource.getRepository(UserEntity);
  }

  async list(): Promise<UserDto[]> {
    const users = await this.users.find({ order: { displayName: 'ASC', email: 'ASC' } });
    return users.map(toUserDto);
  }

  async get(id: string): Promise<UserDto> {
    return toUserDto(await this.require(this.dataSource.manager, id));
  }

  count(): Promise<number> {
    return this.users.count();
  }

  /** For the login only: includes the password hash and inactive accounts. */
  findByEmail(email: string): Promise<UserEntity | null> {
    return this.users.findOneBy({ email: normaliseEmail(email) });
  }

  /** `actorId` is the admin creating the account, or null for the first admin made at start-up. */
  async create(input: NewUser, actorId: string | null = null): Promise<UserDto> {
    if (input.password.length < MIN_PASSWORD_LENGTH) {
      throw new ClaimDeskError(
        'VALIDATION_FAILED',
        `password must be at least ${MIN_PASSWORD_LENGTH} characters`,
      );
    }
    const email = normaliseEmail(input.email);
    if (await this.users.existsBy({ email })) throw this.duplicate(email);
    const now = new Date();
    const user = this.users.create({
      id: randomUUID(),
      email,
      displayName: input.displayName.trim(),
      role: input.role,
      passwordHash: await hashPassword(input.password),
      active: true,
      createdAt: now,
      updatedAt: now,
      deactivatedAt: null,
    });
    try {
      await inTransaction(this.dataSource, async (manager) => {
        await manager.insert(UserEntity, user);
        await this.audit.append(manager, {
          actorId,
          action: 'user.create',
          targetType: 'user',
          targetId: user.id,
          after: toUserDto(user),
        });
      });
    } catch (error) {
      // Two creations of the same address raced past the check above.
      if (isUniqueViolation(error)) throw this.duplicate(email);
      throw error;
    }
    return toUserDto(user);
  }

  async update(id: string, changes: UserChanges, actorId: string | null = null): Promise<UserDto> {
    return inTransaction(this.dataSource, async (manager) => {
      const user = await this.require(manager, id);
      const before = toUserDto(user);
      if (changes.role && changes.role !== 'admin' && user.role === 'admin' && user.active) {
        await this.refuseIfLastAdmin(manager, user, 'change the role of');
      }
      if (changes.displayName !== undefined) user.displayName = changes.displayName.trim();
      if (changes.role !== undefined) user.role = changes.role;
      user.updatedAt = new Date();
      await manager.save(user);
      const after = toUserDto(user);
      const action = before.role !== after.role ? 'user.role_change' : 'user.update';
      await this.audit.append(manager, { actorId, action, targetType: 'user', targetId: id, before, after });
      return after;
    });
  }

  /** For checking a password: the account with its hash, active or not. */
  findAccount(id: string): Promise<UserEntity | null> {
    return this.users.findOneBy({ id });
  }

  /**
   * The user's own change, made only if nothing moved since the caller checked the old password: the hash is
   * still `checkedHash`, the account is active and the caller's session (`sessionTokenHash`) still exists.
   * Otherwise (a reset, deactivation or another change got there first) nothing is written and the answer is
   * CONFLICT or UNAUTHENTICATED. In the same transaction every session of the user ends and `startSession`
   * opens the caller's new one, so no request can slip between the two.
   */
  async changeOwnPassword<T>(
    id: string,
    checkedHash: string,
    passwordHash: string,
    sessionTokenHash: string,
    startSession: (manager: EntityManager) => Promise<T>,
  ): Promise<T> {
    return inTransaction(this.dataSource, async (manager) => {
      await requireOwnSession(manager, id, sessionTokenHash);
      // One conditional update, so two changes (or a change and a reset) cannot both win on either database.
      const changed = await manager.update(
        UserEntity,
        { id, passwordHash: checkedHash, active: true },
        { passwordHash, updatedAt: new Date() },
      );
      if (!changed.affected) {
        throw new ClaimDeskError(
          'CONFLICT',
          'Your password or account changed while this was sent; log in again and retry',
        );
      }
      await manager.delete(SessionEntity, { userId: id });
      const session = await startSession(manager);
      await this.audit.append(manager, {
        actorId: id,
        action: 'user.password_changed',
        targetType: 'user',
        targetId: id,
      });
      return session;
    });
  }

  /**
   * Ends every session of the user but the caller's (a laptop left logged in, a shared computer) and answers
   * how many ended. Refused when the caller's own session has ended meanwhile, so the answer is never about
   * somebody who is no longer logged in.
   */
  async endOtherSessions(id: string, keepTokenHash: string): Promise<number> {
    return inTransaction(this.dataSource, async (manager) => {
      // One statement: the caller's own session must still exist when the others go (a logout racing this
      // request cannot slip between a check and the delete).
      const ended = await manager
        .createQueryBuilder()
        .delete()
        .from(SessionEntity)
        .where('user_id = :id AND token_hash <> :keep', { id, keep: keepTokenHash })
        .andWhere('EXISTS (SELECT 1 FROM sessions own WHERE own.token_hash = :keep AND own.user_id = :id)')
        .execute();
      const count = ended.affected ?? 0;
      // Nothing ended: either there was nothing else, or the caller's own session is gone.
      if (count === 0) await requireOwnSession(manager, id, keepTokenHash);
      await this.audit.append(manager, {
        actorId: id,
        action: 'user.sessions_ended',
        targetType: 'user',
        targetId: id,
        after: { otherSessionsEnded: count },
      });
      return count;
    });
  }

  /** An admin sets a new password; the user is logged out everywhere. */
  async resetPassword(id: string, password: string, actorId: string | null = null): Promise<void> {
    if (password.length < MIN_PASSWORD_LENGTH) {
      throw new ClaimDeskError(
        'VALIDATION_FAILED',
        `password must be at least ${MIN_PASSWORD_LENGTH} characters`,
      );
    }
    const passwordHash = await hashPassword(password);
    await inTransaction(this.dataSource, async (manager) => {
      const user = await this.require(manager, id);
      user.passwordHash = passwordHash;
      user.updatedAt = new Date();
      await manager.save(user);
      await manager.delete(SessionEntity, { userId: id });
      // The hash itself never goes into the trail; the fact of the reset does.
      await this.audit.append(manager, {
        actorId,
        action: 'user.password_reset',
        targetType: 'user',
        targetId: id,
      });
    });
  }

  /** Used by the login to upgrade a hash made with older parameters, unless the password changed meanwhile. */
  async replacePasswordHash(id: string, oldHash: string, passwordHash: string): Promise<void> {
    await this.users.update({ id, passwordHash: oldHash }, { passwordHash });
  }

  /** The account keeps its history but can no longer log in; its sessions end now. */
  async deactivate(id: string, actorId: string): Promise<UserDto> {
    if (id === actorId) throw new ClaimDeskError('CONFLICT', 'You cannot deactivate your own account');
    return inTransaction(this.dataSource, async (manager) => {
      const user = await this.require(manager, id);
      if (!user.active) return toUserDto(user);
      if (user.role === 'admin') await this.refuseIfLastAdmin(manager, user, 'deactivate');
      const before = toUserDto(user);
      const now = new Date();
      Object.assign(user, { active: false, deactivatedAt: now, updatedAt: now });
      await manager.save(user);
      await manager.delete(SessionEntity, { userId: id });
      const after = toUserDto(user);
      await this.audit.append(manager, {
        actorId,
        action: 'user.deactivate',
        targetType: 'user',
        targetId: id,
        before,
        after,
      });
      return after;
    });
  }

  async reactivate(id: string, actorId: string | null = null): Promise<UserDto> {
    return inTransaction(this.dataSource, async (manager) => {
      const user = await this.require(manager, id);
      if (user.active) return toUserDto(user);
      const before = toUserDto(user);
      Object.assign(user, { active: true, deactivatedAt: null, updatedAt: new Date() });
      await manager.save(user);
      const after = toUserDto(user);
      await this.audit.append(manager, {
        actorId,
        action: 'user.reactivate',
        targetType: 'user',
        targetId: id,
        before,
        after,
      });
      return after;
    });
  }

  private async require(manager: EntityManager, id: string): Promise<UserEntity> {
    const user = await manager.findOneBy(UserEntity, { id });
    if (!user) throw new ClaimDeskError('NOT_FOUND', 'No such user', { id });
    return user;
  }

  /** An instance without an active admin could never manage accounts again. */
  private async refuseIfLastAdmin(manager: EntityManager, user: UserEntity, action: string): Promise<void> {
    const admins = await manager.countBy(UserEntity, { role: 'admin', active: true });
    if (admins <= 1) {
      throw new ClaimDeskError('CONFLICT', `You cannot ${action} the last active admin`, { id: user.id });
    }
  }

  private duplicate(email: string): ClaimDeskError {
    return new ClaimDeskError('CONFLICT', 'A user with this email already exists', { email });
  }
}

/** The caller's own session (by its token hash) must still be there for a change made in its name. */
async function requireOwnSession(manager: EntityManager, userId: string, tokenHash: string): Promise<void> {
  const own = await manager.findOneBy(SessionEntity, { tokenHash, userId });
  if (!own) throw sessionEnded();
}
