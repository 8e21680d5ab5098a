import { ROLES, type Role } from './roles';

const ALL_ROLES: readonly Role[] = ROLES;
const STAFF: readonly Role[] = ['admin', 'editor', 'checker'];
const EDITORS: readonly Role[] = ['admin', 'editor'];
const ADMINS: readonly Role[] = ['admin'];

/**
 * Who may reach which feature. Server guards and client menus both read this one table, so a
 * button never appears for a request the server would refuse. Workflow moves on a claim are
 * decided in detail by the transition table; 'claims.transition' only lets a role try.
 */
export const PERMISSIONS = {
  'articles.read': ALL_ROLES,
  'articles.import': STAFF,
  'articles.delete': EDITORS,
  'articles.reextract': EDITORS,
  'claims.read': ALL_ROLES,
  'claims.create': STAFF,
  'claims.edit': STAFF,
  'claims.split_merge': STAFF,
  // Assigning work to someone else is desk management; checkers may only take or release their own.
  'claims.assign': EDITORS,
  'claims.take': STAFF,
  'claims.transition': STAFF,
  'sources.write': STAFF,
  'verdicts.submit': STAFF,
  'verdicts.approve': EDITORS,
  'comments.read': ALL_ROLES,
  'comments.write': STAFF,
  'audit.read': EDITORS,
  // System events (logins, user changes) can reveal more than the review trail, so admins only.
  'audit.system': ADMINS,
  // Editors need the user list to fill assignment pickers.
  'users.read': EDITORS,
  'users.manage': ADMINS,
  'exports.public': ALL_ROLES,
  // Internal exports include rationale drafts and reviewer names.
  'exports.internal': EDITORS,
  'dashboard.read': ALL_ROLES,
} as const satisfies Record<string, readonly Role[]>;

export type Permission = keyof typeof PERMISSIONS;

export const PERMISSION_NAMES = Object.keys(PERMISSIONS) as readonly Permission[];

export function isPermission(value: unknown): value is Permission {
  return typeof value === 'string' && Object.prototype.hasOwnProperty.call(PERMISSIONS, value);
}

export function can(role: Role, permission: Permission): boolean {
  const allowed: readonly Role[] = PERMISSIONS[permission];
  return allowed.includes(role);
}

export function permissionsOf(role: Role): Permission[] {
  return PERMISSION_NAMES.filter((permission) => can(role, permission));
}
