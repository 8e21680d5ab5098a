import { inject } from '@angular/core';
import { CanActivateFn, Router } from '@angular/router';
import { can, type Permission } from '@claimdesk/shared';

import { loginUrlTree } from '../session/auth.guard';
import { SessionStore } from '../session/session.store';

/** Pages for some roles only, read from the shared PERMISSIONS table; others go back to the articles. */
export function permissionGuard(permission: Permission): CanActivateFn {
  return async (_route, state) => {
    const router = inject(Router);
    const user = await inject(SessionStore).ensureLoaded();
    if (!user) return loginUrlTree(router, state.url);
    return can(user.role, permission) ? true : router.parseUrl('/articles');
  };
}
