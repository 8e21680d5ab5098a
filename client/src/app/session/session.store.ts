import { HttpClient, HttpErrorResponse } from '@angular/common/http';
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

export const SESSION_ENDED_NOTICE = 'Your session has ended. Log in again to continue where you were.';

/**
 * Set in this browser while someone is logged in, removed when they log out here. It tells a session that ended
 * elsewhere (a password change or "Log out other sessions" in another browser, an admin's reset, expiry) from a
 * first visit when a reloaded or newly opened tab finds /api/auth/me refusing. Holds no name, token or secret.
 */
const SIGNED_IN_MARK = 'claimdesk.signed-in';

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
      (error: unknown) => {
        const refused = error instanceof HttpErrorResponse && error.status === 401;
        // The same words as when a request of an open page is refused, so every way of finding out reads alike.
        if (refused && readSignedInMark()) this.signOut(SESSION_ENDED_NOTICE);
        else this.statusState.set('signed-out');
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
    this.signOut(SESSION_ENDED_NOTICE);
  }

  clearError(): void {
    this.errorState.set(null);
  }

  private signIn(user: UserDto): UserDto {
    this.userState.set(user);
    this.statusState.set('signed-in');
    writeSignedInMark(true);
    return user;
  }

  private signOut(notice: string): void {
    this.userState.set(null);
    this.statusState.set('signed-out');
    this.noticeState.set(notice);
    this.pending = null;
    writeSignedInMark(false);
  }
}

// Storage can be switched off or full (private windows, strict settings): then the mark is simply not kept.
function readSignedInMark(): boolean {
  try {
    return localStorage.getItem(SIGNED_IN_MARK) !== null;
  } catch {
    return false;
  }
}

function writeSignedInMark(signedIn: boolean): void {
  try {
    if (signedIn) localStorage.setItem(SIGNED_IN_MARK, '1');
    else localStorage.removeItem(SIGNED_IN_MARK);
  } catch {
    // Not kept; see above.
  }
}
