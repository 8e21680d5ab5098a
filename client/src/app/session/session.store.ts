import { HttpClient } from '@angular/common/http';
import { Injectable, computed, inject, signal } from '@angular/core';
import type { ChangePasswordDto, OtherSessionsEndedDto, SessionDto, UserDto } from '@claimdesk/shared';
import { firstValueFrom } from 'rxjs';

import { ApiError, toApiError } from '../core/api-error';

export const AUTH_URLS = {
  login: '/api/auth/login',
  logout: '/api/auth/logout',
  me: '/api/auth/me',
  password: '/api/auth/password',
  logoutOthers: '/api/auth/logout-others',
} as const;

export type SessionStatus = 'unknown' | 'signed-in' | 'signed-out';

/** Who is logged in. The cookie is HttpOnly, so the client only ever learns it through /api/auth/me. */
@Injectable({ providedIn: 'root' })
export class SessionStore {
  private readonly http = inject(HttpClient);
  private readonly userState = signal<UserDto | null>(null);
  private readonly statusState = signal<SessionStatus>('unknown');
  private readonly busyState = signal(false);
  private readonly errorState = signal<ApiError | null>(null);
  private readonly noticeState = signal<string | null>(null);
  private pending: Promise<UserDto | null> | null = null;

  readonly user = this.userState.asReadonly();
  readonly status = this.statusState.asReadonly();
  readonly busy = this.busyState.asReadonly();
  readonly error = this.errorState.asReadonly();
  /** Why the user is on the login page, e.g. after their session expired. */
  readonly notice = this.noticeState.asReadonly();
  readonly signedIn = computed(() => this.userState() !== null);

  /** Asks the server once who we are; later calls reuse the answer. */
  ensureLoaded(): Promise<UserDto | null> {
    if (this.statusState() !== 'unknown') return Promise.resolve(this.userState());
    this.pending ??= firstValueFrom(this.http.get<SessionDto>(AUTH_URLS.me)).then(
      (session) => this.signIn(session.user),
      () => {
        this.statusState.set('signed-out');
        return null;
      },
    );
    return this.pending;
  }

  async login(email: string, password: string): Promise<boolean> {
    this.busyState.set(true);
    this.errorState.set(null);
    try {
      const session = await firstValueFrom(this.http.post<SessionDto>(AUTH_URLS.login, { email, password }));
      this.noticeState.set(null);
      this.signIn(session.user);
      return true;
    } catch (error) {
      this.errorState.set(toApiError(error));
      return false;
    } finally {
      this.busyState.set(false);
    }
  }

  async logout(): Promise<void> {
    try {
      await firstValueFrom(this.http.post<void>(AUTH_URLS.logout, {}));
    } catch {
      // The session is gone for this tab either way; a failed logout call must not keep the user in.
    }
    this.signOut('You are logged out.');
  }

  /**
   * Changes the logged-in user's password. The server ends all of their sessions and sets a fresh cookie for
   * this tab, so the user stays logged in here. Answers the refusal, or null when it worked.
   */
  async changePassword(change: ChangePasswordDto): Promise<ApiError | null> {
    try {
      await firstValueFrom(this.http.put<void>(AUTH_URLS.password, change));
      return null;
    } catch (error) {
      return toApiError(error);
    }
  }

  /** Ends the user's sessions in other browsers and devices; answers how many ended, or the refusal. */
  async logoutOthers(): Promise<number | ApiError> {
    try {
      return (await firstValueFrom(this.http.post<OtherSessionsEndedDto>(AUTH_URLS.logoutOthers, {}))).ended;
    } catch (error) {
      return toApiError(error);
    }
  }

  /** The server said 401 to a request: the session ended (expired, revoked, password reset). */
  expire(): void {
    if (this.statusState() === 'signed-out') return;
    this.signOut('Your session has ended. Log in again to continue where you were.');
  }

  clearError(): void {
    this.errorState.set(null);
  }

  private signIn(user: UserDto): UserDto {
    this.userState.set(user);
    this.statusState.set('signed-in');
    return user;
  }

  private signOut(notice: string): void {
    this.userState.set(null);
    this.statusState.set('signed-out');
    this.noticeState.set(notice);
    this.pending = null;
  }
}
