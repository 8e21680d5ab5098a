import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import type { CookieOptions, Request } from 'express';
import type { AppConfig } from '../config/app-config';
import { SESSION_COOKIE } from './requires.decorator';

/**
 * HttpOnly (no script can read it), SameSite=Strict (no cross-site request carries it), Path=/. No Max-Age:
 * the server decides when a session ends. Secure when configured, or on 'auto' when the request came over
 * HTTPS (behind a TLS-terminating proxy that needs Express's `trust proxy`).
 */
export function sessionCookieOptions(config: AppConfig, request: Request): CookieOptions {
  const secure = config.cookieSecure === true || (config.cookieSecure === 'auto' && request.secure);
  return { httpOnly: true, sameSite: 'strict', path: '/', secure };
}

/** The session token the request's cookie carries, if any (not yet checked). */
export function sessionTokenOf(request: Request): string | undefined {
  return (request.cookies as Record<string, string> | undefined)?.[SESSION_COOKIE];
}

/** The request's session token as a handler parameter, for handlers that act on the session itself. */
export const SessionToken = createParamDecorator((_data: unknown, context: ExecutionContext) =>
  sessionTokenOf(context.switchToHttp().getRequest<Request>()),
);
