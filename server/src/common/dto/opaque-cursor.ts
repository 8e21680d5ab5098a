import type { ClaimDeskError } from '@claimdesk/shared';
import { fieldProblem } from '../errors/field-problem';
import { findInputProblem } from '../storable-input.pipe';

/** The largest value of a 32-bit integer column (PostgreSQL `integer`): offsets and audit numbers. */
export const MAX_INTEGER_COLUMN = 2_147_483_647;

/**
 * Paged lists hand clients their position as an opaque string (JSON in base64url), so the sort key can change
 * without changing the API. Each list checks the shape of what it reads back.
 */
export function toCursor(position: object): string {
  return Buffer.from(JSON.stringify(position)).toString('base64url');
}

/**
 * What a cursor holds, or null when it is not one of ours: not base64url JSON, or holding text no database
 * can compare (a forged cursor is client input like any other).
 */
export function fromCursor(cursor: string): unknown {
  let decoded: unknown;
  try {
    decoded = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as unknown;
  } catch {
    return null;
  }
  return findInputProblem(decoded, 'cursor') === null ? decoded : null;
}

/** Whether a cursor's number can be compared with a 32-bit integer column without a database error. */
export function isIntegerColumnValue(value: unknown): value is number {
  return Number.isSafeInteger(value) && Math.abs(value as number) <= MAX_INTEGER_COLUMN;
}

/** The refusal of a cursor that does not belong to the list it was sent to, naming the field like validation does. */
export function notACursor(list = 'this list'): ClaimDeskError {
  return fieldProblem('cursor', `not a cursor from ${list}; start again without it`);
}
