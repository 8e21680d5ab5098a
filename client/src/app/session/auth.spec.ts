import { HttpClient, provideHttpClient, withInterceptors } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { Component } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { Router, provideRouter } from '@angular/router';
import { firstValueFrom } from 'rxjs';

import { makeUser } from '../../testing/fixtures';
import { authGuard, guestGuard, safeReturnUrl } from './auth.guard';
import { authInterceptor } from './auth.interceptor';
import { AUTH_URLS, SessionStore } from './session.store';

@Component({ template: 'page' })
class Blank {}

describe('auth guard and interceptor', () => {
  let router: Router;
  let http: HttpTestingController;

  beforeEach(() => {
    TestBed.configureTestingModule({
      providers: [
        provideRouter([
          { path: 'login', component: Blank, canActivate: [guestGuard] },
          { path: 'articles', component: Blank, canActivate: [authGuard] },
          { path: 'articles/:id', component: Blank, canActivate: [authGuard] },
        ]),
        provideHttpClient(withInterceptors([authInterceptor])),
        provideHttpClientTesting(),
      ],
    });
    router = TestBed.inject(Router);
    http = TestBed.inject(HttpTestingController);
  });

  async function navigate(url: string, user: ReturnType<typeof makeUser> | null): Promise<void> {
    const loaded = TestBed.inject(SessionStore).ensureLoaded();
    const request = http.expectOne(AUTH_URLS.me);
    if (user) request.flush({ user });
    else
      request.flush({ code: 'UNAUTHENTICATED', message: 'x' }, { status: 401, statusText: 'Unauthorized' });
    await loaded;
    await router.navigateByUrl(url);
  }

  it('sends a signed-out visitor to log in, remembering where they were going', async () => {
    await navigate('/articles/a-1', null);

    expect(router.url).toBe('/login?returnUrl=%2Farticles%2Fa-1');
  });

  it('lets a signed-in user through', async () => {
    await navigate('/articles', makeUser());

    expect(router.url).toBe('/articles');
  });

  it('sends a signed-in user away from the login page to their return address', async () => {
    await navigate('/login?returnUrl=%2Farticles%2Fa-2', makeUser());

    expect(router.url).toBe('/articles/a-2');
  });

  it('turns a 401 from the API into a trip to the login page and back', async () => {
    await navigate('/articles/a-1', makeUser());
    const request = firstValueFrom(TestBed.inject(HttpClient).get('/api/claims')).catch(
      (error: unknown) => error,
    );
    http
      .expectOne('/api/claims')
      .flush({ code: 'UNAUTHENTICATED', message: 'x' }, { status: 401, statusText: 'x' });
    await request;
    await new Promise((resolve) => setTimeout(resolve));

    expect(TestBed.inject(SessionStore).signedIn()).toBe(false);
    expect(router.url).toBe('/login?returnUrl=%2Farticles%2Fa-1');
  });

  it.each([
    [null, '/articles'],
    ['/articles/a-1', '/articles/a-1'],
    ['//evil.example/x', '/articles'],
    ['https://evil.example', '/articles'],
    ['/login', '/articles'],
  ])('safeReturnUrl(%s) is %s', (value, expected) => {
    expect(safeReturnUrl(value)).toBe(expected);
  });
});
