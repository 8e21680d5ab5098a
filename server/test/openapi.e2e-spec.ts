import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { lintOpenApiFile, writeOpenApiDocument } from '../scripts/openapi-lint';

interface Operation {
  operationId?: string;
  summary?: string;
  responses: Record<string, unknown>;
}

describe('the OpenAPI description', () => {
  const dir = mkdtempSync(join(tmpdir(), 'claimdesk-openapi-test-'));
  const file = join(dir, 'openapi.json');
  let operations: Array<[string, Operation]>;

  beforeAll(async () => {
    await writeOpenApiDocument(file, dir);
    const document = JSON.parse(readFileSync(file, 'utf8')) as {
      paths: Record<string, Record<string, Operation>>;
    };
    operations = Object.entries(document.paths).flatMap(([path, methods]) =>
      Object.entries(methods).map(([method, operation]): [string, Operation] => [
        `${method} ${path}`,
        operation,
      ]),
    );
  }, 60_000);
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('passes redocly lint with the recommended rules, without warnings', () => {
    const result = lintOpenApiFile(file);
    expect(result.output).not.toMatch(/\b(error|warning)\b.*[a-z]+-[a-z-]+/);
    expect(result.ok).toBe(true);
  }, 60_000);

  it('gives every operation an id, a summary and a documented error shape', () => {
    expect(operations.length).toBeGreaterThan(10);
    for (const [name, operation] of operations) {
      expect({ name, operationId: typeof operation.operationId }).toEqual({ name, operationId: 'string' });
      expect({ name, summary: Boolean(operation.summary) }).toEqual({ name, summary: true });
      const errors = Object.keys(operation.responses).filter((status) => /^[45]/.test(status));
      expect({ name, documentsErrors: errors.length > 0 }).toEqual({ name, documentsErrors: true });
    }
  });
});
