/**
 * Every refusal the API can give, with its HTTP status. Services throw ClaimDeskError with one of
 * these codes; a single server filter turns it into a response, and the client switches on the code
 * rather than on message text, which may be reworded.
 */
export const ERROR_CODES = {
  VALIDATION_FAILED: 400,
  UNAUTHENTICATED: 401,
  INVALID_CREDENTIALS: 401,
  FORBIDDEN: 403,
  ROLE_NOT_ALLOWED: 403,
  NOT_ASSIGNEE: 403,
  FOUR_EYES_REQUIRED: 403,
  NOT_FOUND: 404,
  // The assignee is missing for an action that needs one: a conflict with the claim's current state.
  ASSIGNEE_REQUIRED: 409,
  CLAIM_TRANSITION_NOT_ALLOWED: 409,
  VERSION_CONFLICT: 409,
  CONFLICT: 409,
  PAYLOAD_TOO_LARGE: 413,
  UNSUPPORTED_MEDIA_TYPE: 415,
  // Well-formed requests missing something the review rules need answer 422, not 400.
  REASON_REQUIRED: 422,
  RATING_REQUIRED: 422,
  RATIONALE_REQUIRED: 422,
  SOURCE_REQUIRED: 422,
  URL_FETCH_FAILED: 422,
  UNPROCESSABLE: 422,
  TOO_MANY_REQUESTS: 429,
  INTERNAL_ERROR: 500,
} as const satisfies Record<string, number>;

export type ErrorCode = keyof typeof ERROR_CODES;

/** The JSON body of every error response. */
export interface ErrorBody {
  code: string;
  message: string;
  details?: Record<string, unknown>;
}

export function isErrorCode(value: unknown): value is ErrorCode {
  return typeof value === 'string' && Object.prototype.hasOwnProperty.call(ERROR_CODES, value);
}

export class ClaimDeskError extends Error {
  override readonly name = 'ClaimDeskError';

  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly details?: Record<string, unknown>,
  ) {
    super(message);
    // Keeps instanceof working when this is compiled down to a target that breaks Error subclassing.
    Object.setPrototypeOf(this, new.target.prototype);
  }

  get status(): number {
    return ERROR_CODES[this.code];
  }

  toBody(): ErrorBody {
    return this.details === undefined
      ? { code: this.code, message: this.message }
      : { code: this.code, message: this.message, details: this.details };
  }
}

export function isClaimDeskError(value: unknown): value is ClaimDeskError {
  return value instanceof ClaimDeskError;
}
