import { HttpErrorResponse, HttpInterceptorFn } from '@angular/common/http';
import { inject } from '@angular/core';
import { Router } from '@angular/router';
import { catchError, throwError } from 'rxjs';

import { AUTH_URLS, SessionStore } from './session.store';
import { loginUrlTree } from './auth.guard';

/** A 401 from any API call (other than the auth calls themselves) sends the user to log in, then back here. */
export const authInterceptor: HttpInterceptorFn = (request, next) => {
  const session = inject(SessionStore);
  const router = inject(Router);
  return next(request).pipe(
    catchError((error: unknown) => {
      const isAuthCall = request.url === AUTH_URLS.login || request.url === AUTH_URLS.me;
      if (error instanceof HttpErrorResponse && error.status === 401 && !isAuthCall) {
        const wasSignedIn = session.signedIn();
        session.expire();
        // Mid-navigation, "where you were" is where you were going.
        const heading = router.currentNavigation()?.finalUrl;
        const here = heading ? router.serializeUrl(heading) : router.url;
        if (wasSignedIn && !here.startsWith('/login')) void router.navigateByUrl(loginUrlTree(router, here));
      }
      return throwError(() => error);
    }),
  );
};
