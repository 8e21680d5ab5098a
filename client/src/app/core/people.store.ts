import { HttpClient } from '@angular/common/http';
import { Injectable, computed, inject, signal } from '@angular/core';
import { can, type Role, type UserDto } from '@claimdesk/shared';
import { firstValueFrom } from 'rxjs';

import { SessionStore } from '../session/session.store';

const ASSIGNEE_ROLES: readonly Role[] = ['checker', 'editor', 'admin'];

/**
 * Names for user ids. Only editors and admins may list users ('users.read'); for everyone else the
 * map stays empty and screens fall back to "You" / "another checker".
 */
@Injectable({ providedIn: 'root' })
export class PeopleStore {
  private readonly http = inject(HttpClient);
  private readonly session = inject(SessionStore);
  private readonly usersState = signal<readonly UserDto[]>([]);
  private requested = false;

  /** Who a claim can be given to: active checkers, editors and admins (empty without 'users.read'). */
  readonly assignees = computed(() =>
    this.usersState().filter((user) => user.active && ASSIGNEE_ROLES.includes(user.role)),
  );
  readonly names = computed(() => new Map(this.usersState().map((user) => [user.id, user.displayName])));

  async load(): Promise<void> {
    const role = this.session.user()?.role;
    if (this.requested || !role || !can(role, 'users.read')) return;
    this.requested = true;
    try {
      this.usersState.set(await firstValueFrom(this.http.get<UserDto[]>('/api/users')));
    } catch {
      // Names are a nicety; without them the page still works.
      this.requested = false;
    }
  }

  nameOf(userId: string | null, myId: string | undefined): string {
    if (!userId) return 'Nobody yet';
    if (userId === myId) return 'You';
    return this.names().get(userId) ?? 'Another checker';
  }
}
