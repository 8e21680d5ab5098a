import { ValidationError, ValidationPipe } from '@nestjs/common';
import { ClaimDeskError } from '@claimdesk/shared';

interface FieldProblem {
  field: string;
  problems: string[];
}

/** Flattens nested class-validator errors to `field.path: problem` so clients can point at the field. */
export function flattenValidationErrors(errors: ValidationError[], parent = ''): FieldProblem[] {
  return errors.flatMap((error) => {
    const field = parent ? `${parent}.${error.property}` : error.property;
    const own = error.constraints ? [{ field, problems: Object.values(error.constraints) }] : [];
    return [...own, ...flattenValidationErrors(error.children ?? [], field)];
  });
}

/** Whitelisting and forbidding unknown fields: a misspelt field is an error, not silently dropped. */
export function createValidationPipe(): ValidationPipe {
  return new ValidationPipe({
    whitelist: true,
    forbidNonWhitelisted: true,
    transform: true,
    stopAtFirstError: false,
    exceptionFactory: (errors) => {
      const fields = flattenValidationErrors(errors);
      const message = fields.map((f) => `${f.field}: ${f.problems.join(', ')}`).join('; ');
      return new ClaimDeskError('VALIDATION_FAILED', message || 'The request is not valid', { fields });
    },
  });
}
