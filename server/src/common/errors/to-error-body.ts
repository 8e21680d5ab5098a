import { HttpException, HttpStatus } from '@nestjs/common';
import { ClaimDeskError, ERROR_CODES, type ErrorBody, type ErrorCode } from '@claimdesk/shared';

export interface MappedError {
  status: number;
  body: ErrorBody;
}

/** Errors that Express's body parser raises before a controller runs carry a `type` and a `status`. */
interface BodyParserError {
  type: string;
  status: number;
  message: string;
}

const BODY_PARSER_CODES: Record<string, { code: ErrorCode; message: string }> = {
  'entity.parse.failed': { code: 'VALIDATION_FAILED', message: 'The request body is not valid JSON' },
  'entity.too.large': { code: 'PAYLOAD_TOO_LARGE', message: 'The request body is too large' },
  'encoding.unsupported': {
    code: 'UNSUPPORTED_MEDIA_TYPE',
    message: 'The request encoding is not supported',
  },
  'charset.unsupported': { code: 'UNSUPPORTED_MEDIA_TYPE', message: 'The request charset is not supported' },
};

const STATUS_CODES: Partial<Record<number, ErrorCode>> = {
  [HttpStatus.BAD_REQUEST]: 'VALIDATION_FAILED',
  [HttpStatus.UNAUTHORIZED]: 'UNAUTHENTICATED',
  [HttpStatus.FORBIDDEN]: 'FORBIDDEN',
  [HttpStatus.NOT_FOUND]: 'NOT_FOUND',
  [HttpStatus.CONFLICT]: 'CONFLICT',
  [HttpStatus.PAYLOAD_TOO_LARGE]: 'PAYLOAD_TOO_LARGE',
  [HttpStatus.UNSUPPORTED_MEDIA_TYPE]: 'UNSUPPORTED_MEDIA_TYPE',
  [HttpStatus.UNPROCESSABLE_ENTITY]: 'UNPROCESSABLE',
  [HttpStatus.TOO_MANY_REQUESTS]: 'TOO_MANY_REQUESTS',
};

function isBodyParserError(error: unknown): error is BodyParserError {
  const candidate = error as Partial<BodyParserError> | null;
  return typeof candidate?.type === 'string' && typeof candidate.status === 'number';
}

/** Maps anything thrown while serving a request to a status and `{code, message, details}`. */
export function toErrorBody(error: unknown): MappedError {
  if (error instanceof ClaimDeskError) {
    const body: ErrorBody = { code: error.code, message: error.message };
    if (error.details) body.details = error.details;
    return { status: ERROR_CODES[error.code], body };
  }
  if (error instanceof HttpException) return fromHttpException(error);
  if (isBodyParserError(error)) {
    const known = BODY_PARSER_CODES[error.type];
    if (known) return { status: ERROR_CODES[known.code], body: { code: known.code, message: known.message } };
    if (error.status >= 400 && error.status < 500) {
      return { status: error.status, body: { code: 'VALIDATION_FAILED', message: error.message } };
    }
  }
  return {
    status: HttpStatus.INTERNAL_SERVER_ERROR,
    body: { code: 'INTERNAL_ERROR', message: 'Something went wrong on the server; it has been logged' },
  };
}

function fromHttpException(error: HttpException): MappedError {
  const status = error.getStatus();
  const code: ErrorCode = STATUS_CODES[status] ?? (status >= 500 ? 'INTERNAL_ERROR' : 'VALIDATION_FAILED');
  const response = error.getResponse();
  const raw = typeof response === 'string' ? response : (response as { message?: unknown }).message;
  const message = Array.isArray(raw) ? raw.join('; ') : typeof raw === 'string' ? raw : error.message;
  return { status, body: { code, message: status >= 500 ? 'Something went wrong on the server' : message } };
}
