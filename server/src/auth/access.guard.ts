import { CanActivate, ExecutionContext, Injectable, Logger } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { can, ClaimDeskError } from '@claimdesk/shared';
import type { AuthenticatedRequest } from './current-user.decorator';
import { ACCESS_METADATA, type Access } from './requires.decorator';
import { sessionTokenOf } from './session-cookie';
import { SessionsService } from './sessions.service';

/**
 * Global guard: every route must say who may call it (@Public, @Authenticated or @Requires). Routes that say
 * nothing are refused, so a forgotten decorator fails closed.
 */
@Injectable()
export class AccessGuard implements CanActivate {
  private readonly logger = new Logger('Access');

  constructor(
    private readonly reflector: Reflector,
    private readonly sessions: SessionsService,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    if (context.getType() !== 'http') return true;
    const access = this.reflector.getAllAndOverride<Access | undefined>(ACCESS_METADATA, [
      context.getHandler(),
      context.getClass(),
    ]);
    if (access?.kind === 'public') return true;

    const request = context.switchToHttp().getRequest<AuthenticatedRequest>();
    const user = await this.sessions.resolve(sessionTokenOf(request));
    if (!user) throw new ClaimDeskError('UNAUTHENTICATED', 'Log in to continue');
    request.sessionUser = user;

    if (!access) {
      this.logger.error(
        `${context.getClass().name}.${context.getHandler().name} declares no access rule; refused`,
      );
      throw new ClaimDeskError('FORBIDDEN', 'This endpoint declares no permission, so nobody may call it');
    }
    if (access.kind === 'permission' && !can(user.role, access.permission)) {
      throw new ClaimDeskError('FORBIDDEN', `Your role (${user.role}) does not allow this`, {
        permission: access.permission,
      });
    }
    return true;
  }
}
