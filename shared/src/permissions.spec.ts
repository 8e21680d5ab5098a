import {
  can,
  isPermission,
  PERMISSION_NAMES,
  PERMISSIONS,
  permissionsOf,
  type Permission,
} from './permissions';
import { isRole, ROLES, type Role } from './roles';

// Written per role, the way a desk would describe a job, to cross-check the per-permission table.
const VIEWER: Permission[] = [
  'articles.read',
  'claims.read',
  'comments.read',
  'exports.public',
  'dashboard.read',
];
const CHECKER: Permission[] = [
  ...VIEWER,
  'articles.import',
  'claims.create',
  'claims.edit',
  'claims.split_merge',
  'claims.take',
  'claims.transition',
  'sources.write',
  'verdicts.submit',
  'comments.write',
];
const EDITOR: Permission[] = [
  ...CHECKER,
  'articles.delete',
  'articles.reextract',
  'claims.assign',
  'verdicts.approve',
  'audit.read',
  'users.read',
  'exports.internal',
];
const ADMIN: Permission[] = [...EDITOR, 'audit.system', 'users.manage'];
const EXPECTED: Record<Role, Permission[]> = {
  admin: ADMIN,
  editor: EDITOR,
  checker: CHECKER,
  viewer: VIEWER,
};

describe('roles', () => {
  it('recognises only the four roles', () => {
    expect(ROLES).toEqual(['admin', 'editor', 'checker', 'viewer']);
    for (const role of ROLES) expect(isRole(role)).toBe(true);
    for (const junk of ['Admin', 'owner', '', null, undefined, 3, {}]) expect(isRole(junk)).toBe(false);
  });
});

describe('permissions', () => {
  it.each(ROLES)('%s has exactly the permissions its job needs', (role) => {
    expect([...permissionsOf(role)].sort()).toEqual([...EXPECTED[role]].sort());
  });

  it('agrees between can() and permissionsOf() for every pair', () => {
    for (const role of ROLES)
      for (const permission of PERMISSION_NAMES) {
        expect(can(role, permission)).toBe(EXPECTED[role].includes(permission));
      }
  });

  it('lists only known roles, without duplicates', () => {
    for (const permission of PERMISSION_NAMES) {
      const roles: readonly string[] = PERMISSIONS[permission];
      expect(roles.length).toBeGreaterThan(0);
      expect(new Set(roles).size).toBe(roles.length);
      for (const role of roles) expect(isRole(role)).toBe(true);
    }
  });

  it('never gives a less trusted role something a more trusted one lacks', () => {
    for (const permission of PERMISSION_NAMES) {
      const granted = ROLES.map((role) => can(role, permission));
      const firstRefused = granted.indexOf(false);
      if (firstRefused === -1) continue;
      expect(granted.slice(firstRefused)).not.toContain(true);
    }
  });

  it('recognises permission names', () => {
    expect(isPermission('verdicts.approve')).toBe(true);
    for (const junk of ['verdicts.publish', 'toString', '', null]) expect(isPermission(junk)).toBe(false);
  });
});
