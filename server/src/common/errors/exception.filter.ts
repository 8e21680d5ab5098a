import { ArgumentsHost, Catch, ExceptionFilter, Logger } from '@nestjs/common';
import type { Response } from 'express';
import { toErrorBody } from './to-error-body';

/** The single place where errors become HTTP answers; services only throw coded domain errors. */
@Catch()
export class ErrorFilter implements ExceptionFilter {
  private readonly logger = new Logger('Errors');

  catch(error: unknown, host: ArgumentsHost): void {
    const response = host.switchToHttp().getResponse<Response>();
    const { status, body } = toErrorBody(error);
    if (status >= 500)
      this.logger.error(error instanceof Error ? (error.stack ?? error.message) : String(error));
    if (response.headersSent) {
      response.end();
      return;
    }
    const retryAfter = body.details?.retryAfterSeconds;
    if (status === 429 && typeof retryAfter === 'number')
      response.setHeader('Retry-After', String(retryAfter));
    response.status(status).json(body);
  }
}
