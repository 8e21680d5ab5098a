import type { NextFunction, Request, Response } from 'express';
import { toErrorBody, type MappedError } from './to-error-body';

/**
 * A body that fails to decompress (Content-Encoding gzip, deflate or br) reaches this handler as zlib's own
 * error, with a 4xx `status` and `expose` but no body-parser `type`. Here, before any route, a 4xx can only be
 * the body parser's, so it is answered as unreadable input.
 */
function isUnreadableBody(error: unknown): boolean {
  const candidate = error as { type?: unknown; status?: unknown; expose?: unknown } | null;
  return (
    candidate?.type === undefined &&
    candidate?.expose === true &&
    typeof candidate.status === 'number' &&
    candidate.status >= 400 &&
    candidate.status < 500
  );
}

const UNREADABLE_BODY: MappedError = {
  status: 400,
  body: {
    code: 'VALIDATION_FAILED',
    message: 'The request body could not be read as its Content-Encoding says',
  },
};

/**
 * Answers errors from the body parsers (malformed JSON, oversized body, bad charset) right where they happen.
 * Left to travel down the Express stack they would reach @nestjs/serve-static's error handler, which turns
 * every error on an excluded path (all of /api) into a 404 before Nest's own error handler sees it.
 */
export function answerBodyParserErrors(
  error: unknown,
  _request: Request,
  response: Response,
  next: NextFunction,
): void {
  const { status, body } = isUnreadableBody(error) ? UNREADABLE_BODY : toErrorBody(error);
  if (status >= 500 || response.headersSent) {
    next(error);
    return;
  }
  response.status(status).json(body);
}
