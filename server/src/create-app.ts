import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import cookieParser from 'cookie-parser';
import { Logger } from 'nestjs-pino';
import { AppModule } from './app.module';
import type { AppConfig } from './config/app-config';
import { answerBodyParserErrors } from './common/errors/body-errors.middleware';
import { ErrorFilter } from './common/errors/exception.filter';
import { createValidationPipe } from './common/errors/validation';
import { StorableInputPipe } from './common/storable-input.pipe';
import { buildOpenApiDocument, serveOpenApi } from './openapi';

/** Builds the fully configured app; main.ts and the integration tests share it, so tests see production wiring. */
export async function createApp(config: AppConfig): Promise<NestExpressApplication> {
  const app = await NestFactory.create<NestExpressApplication>(AppModule.forRoot(config), {
    bufferLogs: true,
    bodyParser: false,
  });
  app.useLogger(app.get(Logger));
  app.setGlobalPrefix('api');
  app.use(cookieParser());
  // Parsed for every route (not only matched ones), so malformed or oversized JSON always gets its coded 4xx.
  app.useBodyParser('json', { limit: '4mb' });
  app.useBodyParser('urlencoded', { limit: '1mb', extended: false });
  app.use(answerBodyParserErrors);
  // In this order: text no database can keep and absurd nesting are refused before validation walks them.
  app.useGlobalPipes(new StorableInputPipe(), createValidationPipe());
  app.useGlobalFilters(new ErrorFilter());
  app.enableShutdownHooks();
  app.disable('x-powered-by');
  // Behind a reverse proxy, the client's address (login and API limits) and HTTPS (Secure cookies on
  // COOKIE_SECURE=auto) come from X-Forwarded-* headers, which only the configured proxies may set.
  if (config.trustProxy !== false) app.set('trust proxy', config.trustProxy);
  serveOpenApi(app, buildOpenApiDocument(app, config.version));
  return app;
}
