import { applyDecorators } from '@nestjs/common';
import { ApiResponse } from '@nestjs/swagger';
import { ErrorResponse } from '../common/errors/error-body';

/**
 * Documents an endpoint's refusals, each with the ErrorResponse body, e.g.
 * `@ApiErrors({ 404: 'No such claim (NOT_FOUND)', 409: 'Stale version (VERSION_CONFLICT)' })`.
 * (Generic; belongs in common/errors once a second feature wants it.)
 */
export function ApiErrors(
  responses: Partial<Record<400 | 403 | 404 | 409 | 413 | 415 | 422, string>>,
): MethodDecorator {
  const decorators = Object.entries(responses).map(([status, description]) =>
    ApiResponse({ status: Number(status), type: ErrorResponse, description }),
  );
  return applyDecorators(...decorators);
}

export const BAD_INPUT = 'Malformed JSON, wrong types or unknown fields (VALIDATION_FAILED)';
