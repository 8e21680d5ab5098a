import { ClaimDeskError } from '@claimdesk/shared';

/**
 * Paged lists hand clients their position as an opaque string (JSON in base64url), so the sort key can change
 * without changing the API. Each list checks the shape of what it reads back.
 */
export function toCursor(position: object): string {
  return Buffer.from(JSON.stringify(position)).toString('base64url');
}

/** What a cursor holds, or null when it is not one of ours (not base64url JSON). */
export function fromCursor(cursor: string): unknown {
  try {
    return JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as unknown;
  } catch {
    return null;
  }
}

/** The refusal of a cursor that does not belong to the list it was sent to. */
export function notACursor(list = 'this list'): ClaimDeskError {
  return new ClaimDeskError('VALIDATION_FAILED', `cursor: not a cursor from ${list}; start again without it`);
}
