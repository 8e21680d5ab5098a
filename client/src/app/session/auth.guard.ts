import { inject } from '@angular/core';
import { CanActivateFn, Router, UrlTree } from '@angular/router';

import { SessionStore } from './session.store';

export function loginUrlTree(router: Router, returnUrl: string): UrlTree {
  const queryParams = returnUrl && returnUrl !== '/' ? { returnUrl } : {};
  return router.createUrlTree(['/login'], { queryParams });
}

/** Only a path inside this app: never `//evil.example` or `https://…` from a crafted link. */
export function safeReturnUrl(value: string | null | undefined): string {
  if (!value || !value.startsWith('/') || value.startsWith('//') || value.startsWith('/\\'))
    return '/articles';
  if (value.startsWith('/login')) return '/articles';
  return value;
}

/** Pages of the workspace need a session; without one, log in first and come back. */
export const authGuard: CanActivateFn = async (_route, state) => {
  const router = inject(Router);
  const user = await inject(SessionStore).ensureLoaded();
  return user ? true : loginUrlTree(router, state.url);
};

/** The login page is for signed-out users; a signed-in one goes where they were heading. */
export const guestGuard: CanActivateFn = async (route) => {
  const router = inject(Router);
  const user = await inject(SessionStore).ensureLoaded();
  return user ? router.parseUrl(safeReturnUrl(route.queryParamMap.get('returnUrl'))) : true;
};
