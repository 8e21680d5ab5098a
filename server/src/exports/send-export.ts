import { Logger } from '@nestjs/common';
import { pipeline } from 'node:stream/promises';
import type { Response } from 'express';
import type { ExportDocument } from './exporter';
import { REPORT_CONTENT_SECURITY_POLICY } from './formats/html';

const logger = new Logger('Exports');

/**
 * Streams an export to the client with backpressure. Headers go first, so a failure halfway can no longer
 * become an error body: the connection is cut instead, and the client sees an incomplete download rather
 * than a file that looks whole.
 */
export async function sendExport(
  response: Response,
  document: ExportDocument,
  disposition: 'attachment' | 'inline' = 'attachment',
): Promise<void> {
  response.status(200);
  response.setHeader('Content-Type', document.contentType);
  response.setHeader('Content-Disposition', `${disposition}; filename="${document.filename}"`);
  response.setHeader('X-Content-Type-Options', 'nosniff');
  response.setHeader('Cache-Control', 'no-store');
  if (document.format === 'html')
    response.setHeader('Content-Security-Policy', REPORT_CONTENT_SECURITY_POLICY);
  try {
    await pipeline(document.body, response);
  } catch (error) {
    // A client that goes away mid-download is normal; anything else is worth a log line.
    if ((error as NodeJS.ErrnoException).code !== 'ERR_STREAM_PREMATURE_CLOSE') {
      logger.error(
        `Export ${document.filename} failed: ${error instanceof Error ? error.stack : String(error)}`,
      );
    }
    response.destroy();
  }
}
