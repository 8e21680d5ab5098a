import { randomUUID } from 'node:crypto';
import request from 'supertest';
import { PERMISSIONS, ROLES, type Permission, type Role, type UserDto } from '@claimdesk/shared';
import { SESSION_COOKIE } from '../../src/auth/requires.decorator';
import { SessionsService } from '../../src/auth/sessions.service';
import { UsersService } from '../../src/users/users.service';
import type { TestApp } from './test-app';

export type Agent = ReturnType<typeof request.agent>;

export interface UserOverrides {
  email?: string;
  displayName?: string;
  password?: string;
}

let sequence = 0;

/** Creates an active user directly through the UsersService (no HTTP, no admin needed). */
export async function makeUser(
  testApp: TestApp,
  role: Role,
  overrides: UserOverrides = {},
): Promise<{ user: UserDto; password: string }> {
  sequence += 1;
  const password = overrides.password ?? `pw-${randomUUID()}`;
  const user = await testApp.app.get(UsersService).create({
    email: overrides.email ?? `${role}-${sequence}-${randomUUID().slice(0, 8)}@test.claimdesk.local`,
    displayName: overrides.displayName ?? `${role[0].toUpperCase()}${role.slice(1)} ${sequence}`,
    role,
    password,
  });
  return { user, password };
}

/** A new user of `role`, logged in through POST /api/auth/login; `agent` keeps the session cookie. */
export async function loginAs(
  testApp: TestApp,
  role: Role,
  overrides: UserOverrides = {},
): Promise<{ agent: Agent; user: UserDto; password: string }> {
  const { user, password } = await makeUser(testApp, role, overrides);
  const agent = request.agent(testApp.app.getHttpServer());
  await agent.post('/api/auth/login').send({ email: user.email, password }).expect(200);
  return { agent, user, password };
}

/**
 * A `Cookie` header for a fresh session of `userId`, made directly by the SessionsService: no HTTP login,
 * no scrypt, no throttling. Use it when a test needs many sessions (e.g. `.set('Cookie', cookie)`).
 */
export async function sessionCookie(testApp: TestApp, userId: string): Promise<string> {
  const { token } = await testApp.app.get(SessionsService).create(userId);
  return `${SESSION_COOKIE}=${token}`;
}

/** Everyone the permission matrix distinguishes: the four roles and somebody not logged in. */
export type Actor = Role | 'anonymous';
export const ACTORS: readonly Actor[] = ['anonymous', ...ROLES];

export interface RoleCase {
  actor: Actor;
  /** True when the guard lets this actor through. */
  allowed: boolean;
  /** What the guard answers when it does not: 401 for anonymous, 403 for a role without the permission. */
  deniedStatus: 401 | 403 | null;
}

/**
 * The expected guard outcome for every actor, straight from the shared PERMISSIONS table, for
 * `it.each(roleCases('claims.assign'))('$actor', ...)`. 'public' and 'authenticated' mirror @Public and
 * @Authenticated.
 */
export function roleCases(access: Permission | 'public' | 'authenticated'): RoleCase[] {
  return ACTORS.map((actor) => {
    const allowed =
      access === 'public' ||
      (actor !== 'anonymous' &&
        (access === 'authenticated' || (PERMISSIONS[access] as readonly Role[]).includes(actor)));
    return { actor, allowed, deniedStatus: allowed ? null : actor === 'anonymous' ? 401 : 403 };
  });
}

/** `roleCases` for every permission at once, e.g. `ROLE_CASES['users.manage']`. */
export const ROLE_CASES = Object.fromEntries(
  (Object.keys(PERMISSIONS) as Permission[]).map((permission) => [permission, roleCases(permission)]),
) as Record<Permission, RoleCase[]>;
