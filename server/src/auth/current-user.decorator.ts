import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import { ClaimDeskError } from '@claimdesk/shared';
import type { Request } from 'express';
import type { SessionUser } from './session-user';

export interface AuthenticatedRequest extends Request {
  sessionUser?: SessionUser;
}

/** The logged-in user of a @Requires / @Authenticated endpoint, as the AccessGuard resolved it. */
export const CurrentUser = createParamDecorator((_data: unknown, context: ExecutionContext): SessionUser => {
  const user = context.switchToHttp().getRequest<AuthenticatedRequest>().sessionUser;
  // Only reachable if used on a @Public endpoint, where the guard does not resolve the session.
  if (!user) throw new ClaimDeskError('UNAUTHENTICATED', 'Log in to continue');
  return user;
});
