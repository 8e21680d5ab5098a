import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';

import { makeUser } from '../../testing/fixtures';
import { AUTH_URLS, SESSION_ENDED_NOTICE, SessionStore } from './session.store';

describe('SessionStore', () => {
  let store: SessionStore;
  let http: HttpTestingController;

  beforeEach(() => {
    localStorage.clear();
    TestBed.configureTestingModule({ providers: [provideHttpClient(), provideHttpClientTesting()] });
    store = TestBed.inject(SessionStore);
    http = TestBed.inject(HttpTestingController);
  });

  afterEach(() => http.verify());

  it('asks /api/auth/me once and remembers the user', async () => {
    const first = store.ensureLoaded();
    const second = store.ensureLoaded();
    http.expectOne(AUTH_URLS.me).flush({ user: makeUser() });

    expect(await first).toEqual(makeUser());
    expect(await second).toEqual(makeUser());
    expect(store.status()).toBe('signed-in');
    expect(await store.ensureLoaded()).toEqual(makeUser());
  });

  it('is signed out when /api/auth/me answers 401', async () => {
    const loaded = store.ensureLoaded();
    http
      .expectOne(AUTH_URLS.me)
      .flush(
        { code: 'UNAUTHENTICATED', message: 'Log in to continue' },
        { status: 401, statusText: 'Unauthorized' },
      );

    expect(await loaded).toBeNull();
    expect(store.status()).toBe('signed-out');
    expect(store.signedIn()).toBe(false);
  });

  it('logs in with email and password and keeps the user', async () => {
    const done = store.login('a@b.test', 'secret');
    expect(store.busy()).toBe(true);
    const request = http.expectOne(AUTH_URLS.login);
    expect(request.request.body).toEqual({ email: 'a@b.test', password: 'secret' });
    request.flush({ user: makeUser() });

    expect(await done).toBe(true);
    expect(store.user()?.displayName).toBe('Chris Checker');
    expect(store.busy()).toBe(false);
  });

  it('keeps the coded error of a refused login', async () => {
    const done = store.login('a@b.test', 'wrong');
    http
      .expectOne(AUTH_URLS.login)
      .flush({ code: 'INVALID_CREDENTIALS', message: 'Wrong' }, { status: 401, statusText: 'Unauthorized' });

    expect(await done).toBe(false);
    expect(store.error()?.code).toBe('INVALID_CREDENTIALS');
    expect(store.signedIn()).toBe(false);
  });

  it('logs out even when the server call fails', async () => {
    const login = store.login('a@b.test', 'secret');
    http.expectOne(AUTH_URLS.login).flush({ user: makeUser() });
    await login;

    const done = store.logout();
    http.expectOne(AUTH_URLS.logout).error(new ProgressEvent('error'));
    await done;

    expect(store.user()).toBeNull();
    expect(store.notice()).toBe('You are logged out.');
  });

  it('expires a session with a notice saying why', async () => {
    const login = store.login('a@b.test', 'secret');
    http.expectOne(AUTH_URLS.login).flush({ user: makeUser() });
    await login;

    store.expire();

    expect(store.status()).toBe('signed-out');
    expect(store.notice()).toContain('Your session has ended');
  });

  describe('a session that ended while no page of this tab was asking (a reload, a new tab)', () => {
    const refuseMe = () =>
      http
        .expectOne(AUTH_URLS.me)
        .flush(
          { code: 'UNAUTHENTICATED', message: 'Log in to continue' },
          { status: 401, statusText: 'Unauthorized' },
        );

    /** The page loads again: a new store in the same browser, asking /api/auth/me first. */
    async function reload(answer: () => void = refuseMe): Promise<SessionStore> {
      TestBed.resetTestingModule();
      TestBed.configureTestingModule({ providers: [provideHttpClient(), provideHttpClientTesting()] });
      http = TestBed.inject(HttpTestingController);
      const reloaded = TestBed.inject(SessionStore);
      const loaded = reloaded.ensureLoaded();
      answer();
      await loaded;
      return reloaded;
    }

    async function logIn(): Promise<void> {
      const login = store.login('a@b.test', 'secret');
      http.expectOne(AUTH_URLS.login).flush({ user: makeUser() });
      await login;
    }

    it('says the session has ended, in the same words as when a page is refused', async () => {
      await logIn();

      const reloaded = await reload();

      expect(reloaded.status()).toBe('signed-out');
      expect(reloaded.notice()).toBe(SESSION_ENDED_NOTICE);
    });

    it('says it once: the next load of the login page is a plain one', async () => {
      await logIn();
      await reload();

      expect((await reload()).notice()).toBeNull();
    });

    it('says nothing on a first visit', async () => {
      expect((await reload()).notice()).toBeNull();
    });

    it('says nothing after logging out here', async () => {
      await logIn();
      const logout = store.logout();
      http.expectOne(AUTH_URLS.logout).flush(null);
      await logout;

      expect((await reload()).notice()).toBeNull();
    });

    it('does not blame the session when the server cannot be reached', async () => {
      await logIn();

      const reloaded = await reload(() => http.expectOne(AUTH_URLS.me).error(new ProgressEvent('error')));

      expect(reloaded.notice()).toBeNull();
    });
  });
});
