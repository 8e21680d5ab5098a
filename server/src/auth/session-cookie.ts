import type { CookieOptions, Request } from 'express';
import type { AppConfig } from '../config/app-config';

/**
 * HttpOnly (no script can read it), SameSite=Strict (no cross-site request carries it), Path=/. No Max-Age:
 * the server decides when a session ends. Secure when configured, or on 'auto' when the request came over
 * HTTPS (behind a TLS-terminating proxy that needs Express's `trust proxy`).
 */
export function sessionCookieOptions(config: AppConfig, request: Request): CookieOptions {
  const secure = config.cookieSecure === true || (config.cookieSecure === 'auto' && request.secure);
  return { httpOnly: true, sameSite: 'strict', path: '/', secure };
}
