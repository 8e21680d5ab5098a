import type { NextFunction, Request, Response } from 'express';
import { toErrorBody } from './to-error-body';

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
  const { status, body } = toErrorBody(error);
  if (status >= 500 || response.headersSent) {
    next(error);
    return;
  }
  response.status(status).json(body);
}
