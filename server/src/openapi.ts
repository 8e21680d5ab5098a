import type { INestApplication } from '@nestjs/common';
import { DocumentBuilder, SwaggerModule, type OpenAPIObject } from '@nestjs/swagger';
import { SESSION_COOKIE } from './auth/requires.decorator';
import { ErrorResponse } from './common/errors/error-body';

/** The API description other newsroom tools script against, generated from the DTOs. */
export function buildOpenApiDocument(app: INestApplication, version: string): OpenAPIObject {
  const config = new DocumentBuilder()
    .setTitle('ClaimDesk API')
    .setDescription('Fact-check review workflow: articles, claims, sources, verdicts, approvals and reports.')
    .setVersion(version)
    .setLicense('MIT', 'https://opensource.org/licenses/MIT')
    .addServer('/', 'This ClaimDesk instance')
    .addCookieAuth(
      SESSION_COOKIE,
      { type: 'apiKey', in: 'cookie', description: 'Set by POST /api/auth/login' },
      SESSION_COOKIE,
    )
    .build();
  const document = SwaggerModule.createDocument(app, config, {
    extraModels: [ErrorResponse],
    operationIdFactory: (_controller, method) => method,
  });
  markPublicOperations(document);
  documentRateLimit(document);
  documentBadInput(document);
  return document;
}

/**
 * Routes guarded by a permission declare the session cookie through `@Requires`; the access guard refuses
 * any route that declares nothing, so an operation without `security` here is public. Saying so explicitly
 * (`security: []`) tells API clients they need no session for it.
 */
function markPublicOperations(document: OpenAPIObject): void {
  for (const path of Object.values(document.paths)) {
    for (const method of ['get', 'put', 'post', 'delete', 'patch'] as const) {
      const operation = path[method];
      if (operation && !operation.security) operation.security = [];
    }
  }
}

export function serveOpenApi(app: INestApplication, document: OpenAPIObject): void {
  SwaggerModule.setup('api/docs', app, document, {
    jsonDocumentUrl: 'api/docs/openapi.json',
    yamlDocumentUrl: 'api/docs/openapi.yaml',
  });
}

/** The API-wide rate limit (ThrottlerGuard in AppModule) can refuse any operation with 429. */
function documentRateLimit(document: OpenAPIObject): void {
  const tooMany = {
    description: 'Too many requests from this address (TOO_MANY_REQUESTS); see the Retry-After header',
    content: { 'application/json': { schema: { $ref: '#/components/schemas/ErrorResponse' } } },
  };
  for (const path of Object.values(document.paths)) {
    for (const method of ['get', 'put', 'post', 'delete', 'patch'] as const) {
      const operation = path[method];
      if (operation && !operation.responses['429']) operation.responses['429'] = tooMany;
    }
  }
}

/**
 * Any operation that takes parameters or a body can be refused with 400 before its own rules run: by
 * validation, or by StorableInputPipe (U+0000, lone surrogates, nesting deeper than 32 levels).
 */
function documentBadInput(document: OpenAPIObject): void {
  const badInput = {
    description:
      'Invalid input (VALIDATION_FAILED): a parameter or field of the wrong type or form, text with U+0000 or a lone surrogate, or JSON nested too deeply; details.fields names each field',
    content: { 'application/json': { schema: { $ref: '#/components/schemas/ErrorResponse' } } },
  };
  for (const path of Object.values(document.paths)) {
    for (const method of ['get', 'put', 'post', 'delete', 'patch'] as const) {
      const operation = path[method];
      const takesInput = (operation?.parameters?.length ?? 0) > 0 || operation?.requestBody !== undefined;
      if (operation && takesInput && !operation.responses['400']) operation.responses['400'] = badInput;
    }
  }
}
