import { ClaimDeskError, ERROR_CODES, isClaimDeskError, isErrorCode, type ErrorCode } from './errors';

const CODES = Object.keys(ERROR_CODES) as ErrorCode[];

describe('ClaimDeskError', () => {
  it('is an Error and a ClaimDeskError for instanceof checks', () => {
    const error = new ClaimDeskError('NOT_FOUND', 'No such claim');
    expect(error).toBeInstanceOf(Error);
    expect(error).toBeInstanceOf(ClaimDeskError);
    expect(error.name).toBe('ClaimDeskError');
    expect(error.message).toBe('No such claim');
    expect(error.stack).toContain('ClaimDeskError');
  });

  it.each(CODES)('%s takes its HTTP status from the table', (code) => {
    expect(new ClaimDeskError(code, 'x').status).toBe(ERROR_CODES[code]);
  });

  it('maps the review refusals to the agreed statuses', () => {
    expect(ERROR_CODES).toMatchObject({
      VALIDATION_FAILED: 400,
      REASON_REQUIRED: 422,
      ASSIGNEE_REQUIRED: 409,
      UNAUTHENTICATED: 401,
      FOUR_EYES_REQUIRED: 403,
      CLAIM_TRANSITION_NOT_ALLOWED: 409,
      VERSION_CONFLICT: 409,
      TOO_MANY_REQUESTS: 429,
      INTERNAL_ERROR: 500,
    });
    for (const status of Object.values(ERROR_CODES)) {
      expect(status).toBeGreaterThanOrEqual(400);
      expect(status).toBeLessThan(600);
    }
  });

  it('keeps details and renders the response body', () => {
    const error = new ClaimDeskError('VERSION_CONFLICT', 'Someone else changed this claim', {
      currentVersion: 4,
    });
    expect(error.details).toEqual({ currentVersion: 4 });
    expect(error.toBody()).toEqual({
      code: 'VERSION_CONFLICT',
      message: 'Someone else changed this claim',
      details: { currentVersion: 4 },
    });
    expect(new ClaimDeskError('FORBIDDEN', 'No').toBody()).toEqual({ code: 'FORBIDDEN', message: 'No' });
  });

  it('is told apart from look-alikes', () => {
    expect(isClaimDeskError(new ClaimDeskError('CONFLICT', 'x'))).toBe(true);
    expect(isClaimDeskError(new Error('x'))).toBe(false);
    expect(isClaimDeskError({ name: 'ClaimDeskError', code: 'CONFLICT', message: 'x' })).toBe(false);
    expect(isClaimDeskError(null)).toBe(false);
  });

  it('recognises error codes', () => {
    expect(isErrorCode('FOUR_EYES_REQUIRED')).toBe(true);
    for (const junk of ['four_eyes_required', 'constructor', '', 403]) expect(isErrorCode(junk)).toBe(false);
  });
});
