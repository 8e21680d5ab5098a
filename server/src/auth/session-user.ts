import type { Role } from '@claimdesk/shared';

/** Who is making the request, as the access guard resolved it from the session cookie. */
export interface SessionUser {
  id: string;
  email: string;
  displayName: string;
  role: Role;
}
