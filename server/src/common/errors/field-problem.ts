import { ClaimDeskError } from '@claimdesk/shared';

/** A 400 about one field, shaped like the validation pipe's: `field: problem`, and `details.fields` naming it. */
export function fieldProblem(field: string, problem: string): ClaimDeskError {
  return new ClaimDeskError('VALIDATION_FAILED', `${field}: ${problem}`, {
    fields: [{ field, problems: [problem] }],
  });
}

/** A date window that ends before it starts: a mistake in the filter, not a search with no results. */
export function fromAfterTo(): ClaimDeskError {
  return new ClaimDeskError('VALIDATION_FAILED', 'from must not be after to', {
    fields: [{ field: 'from', problems: ['from must not be after to'] }],
  });
}
