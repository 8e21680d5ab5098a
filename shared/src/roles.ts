/**
 * Newsroom roles, from most to least trusted. The order matters only for display;
 * what each role may do lives in permissions.ts and transitions.ts.
 */
export const ROLES = ['admin', 'editor', 'checker', 'viewer'] as const;

export type Role = (typeof ROLES)[number];

// Roles arrive as strings from tokens, query params and the database; narrow them once at the edge.
export function isRole(value: unknown): value is Role {
  return typeof value === 'string' && (ROLES as readonly string[]).includes(value);
}
