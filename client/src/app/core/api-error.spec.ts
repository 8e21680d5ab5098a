import { HttpErrorResponse } from '@angular/common/http';

import { toApiError } from './api-error';

describe('toApiError', () => {
  const refusal = {
    code: 'VALIDATION_FAILED',
    message: 'from must not be after to',
    details: { fields: [{ field: 'from', problems: ['from must not be after to'] }] },
  };

  it('reads the code, message and details of a JSON refusal', () => {
    const error = new HttpErrorResponse({ status: 400, error: refusal });

    expect(toApiError(error)).toEqual({ status: 400, ...refusal });
  });

  it('reads the same refusal when the request asked for text (a CSV) and got the JSON as a string', () => {
    const error = new HttpErrorResponse({ status: 400, error: JSON.stringify(refusal) });

    expect(toApiError(error)).toEqual({ status: 400, ...refusal });
  });

  it.each([
    ['plain text', 'Bad Gateway'],
    ['JSON without a code', '{"error":"nope"}'],
    ['an empty body', ''],
  ])('falls back to the status for %s', (_what, body) => {
    const error = new HttpErrorResponse({ status: 502, error: body });

    expect(toApiError(error)).toEqual({ status: 502, code: 'HTTP_502', message: 'The server answered 502.' });
  });

  it('says the server is unreachable when there was no answer', () => {
    expect(toApiError(new HttpErrorResponse({ status: 0 })).code).toBe('NETWORK');
  });
});
