import { applyDecorators, SetMetadata } from '@nestjs/common';
import { ApiCookieAuth, ApiForbiddenResponse, ApiUnauthorizedResponse } from '@nestjs/swagger';
import type { Permission } from '@claimdesk/shared';
import { ErrorResponse } from '../common/errors/error-body';

export const SESSION_COOKIE = 'claimdesk_session';

/**
 * How an endpoint is protected. The global AccessGuard refuses any route that declares none of these,
 * so forgetting a decorator fails closed (and the permission-matrix test names the route).
 */
export type Access =
  { kind: 'public' } | { kind: 'authenticated' } | { kind: 'permission'; permission: Permission };

export const ACCESS_METADATA = 'claimdesk:access';

/** Only roles holding `permission` in the shared PERMISSIONS table may call this endpoint. */
export function Requires(permission: Permission): MethodDecorator & ClassDecorator {
  return applyDecorators(
    SetMetadata(ACCESS_METADATA, { kind: 'permission', permission } satisfies Access),
    ApiCookieAuth(SESSION_COOKIE),
    ApiUnauthorizedResponse({ type: ErrorResponse, description: 'Not logged in (UNAUTHENTICATED)' }),
    ApiForbiddenResponse({
      type: ErrorResponse,
      description: `Role lacks the permission ${permission} (FORBIDDEN)`,
    }),
  );
}

/** Any logged-in user, whatever the role (e.g. who-am-I). */
export function Authenticated(): MethodDecorator & ClassDecorator {
  return applyDecorators(
    SetMetadata(ACCESS_METADATA, { kind: 'authenticated' } satisfies Access),
    ApiCookieAuth(SESSION_COOKIE),
    ApiUnauthorizedResponse({ type: ErrorResponse, description: 'Not logged in (UNAUTHENTICATED)' }),
  );
}

/** Anyone may call this endpoint, logged in or not; the guard does not even look at the cookie. */
export function Public(): MethodDecorator & ClassDecorator {
  return SetMetadata(ACCESS_METADATA, { kind: 'public' } satisfies Access);
}
