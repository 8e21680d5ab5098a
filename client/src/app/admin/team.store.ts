import { HttpClient } from '@angular/common/http';
import { Injectable, inject, signal } from '@angular/core';
import type { Role, UserDto } from '@claimdesk/shared';
import { Observable, firstValueFrom } from 'rxjs';

import { ApiError, toApiError } from '../core/api-error';

export interface NewUser {
  email: string;
  displayName: string;
  role: Role;
  password: string;
}

/** The team: accounts, their roles and passwords, for admins. */
@Injectable()
export class TeamStore {
  private readonly http = inject(HttpClient);
  private readonly usersState = signal<UserDto[]>([]);
  private readonly busyState = signal(false);
  private readonly errorState = signal<ApiError | null>(null);
  private readonly noticeState = signal('');

  readonly users = this.usersState.asReadonly();
  readonly busy = this.busyState.asReadonly();
  readonly error = this.errorState.asReadonly();
  readonly notice = this.noticeState.asReadonly();

  async load(): Promise<void> {
    await this.run('', this.http.get<UserDto[]>('/api/users'), (users) => this.usersState.set(users));
  }

  create(user: NewUser): Promise<boolean> {
    return this.run(
      `Created ${user.displayName} as ${user.role}.`,
      this.http.post<UserDto>('/api/users', user),
      (created) => this.usersState.update((users) => [...users, created]),
    );
  }

  changeRole(user: UserDto, role: Role): Promise<boolean> {
    return this.run(
      `${user.displayName} is now ${role}.`,
      this.http.patch<UserDto>(`/api/users/${user.id}`, { role }),
      (updated) => this.replace(updated),
    );
  }

  resetPassword(user: UserDto, password: string): Promise<boolean> {
    return this.run(
      `Password of ${user.displayName} reset; their sessions have ended.`,
      this.http.put<unknown>(`/api/users/${user.id}/password`, { password }),
      () => undefined,
    );
  }

  setActive(user: UserDto, active: boolean): Promise<boolean> {
    const path = active ? 'reactivate' : 'deactivate';
    return this.run(
      `${user.displayName} ${active ? 'reactivated' : 'deactivated'}.`,
      this.http.post<UserDto>(`/api/users/${user.id}/${path}`, {}),
      (updated) => this.replace(updated && typeof updated === 'object' ? updated : { ...user, active }),
    );
  }

  private replace(updated: UserDto): void {
    this.usersState.update((users) => users.map((user) => (user.id === updated.id ? updated : user)));
  }

  /** Each outcome replaces the last: a refusal never shows beside the notice of an earlier success. */
  private async run<T>(done: string, request: Observable<T>, apply: (answer: T) => void): Promise<boolean> {
    this.busyState.set(true);
    this.errorState.set(null);
    this.noticeState.set('');
    try {
      apply(await firstValueFrom(request));
      if (done) this.noticeState.set(done);
      return true;
    } catch (error) {
      this.errorState.set(toApiError(error));
      return false;
    } finally {
      this.busyState.set(false);
    }
  }
}
