// Writes the OpenAPI description (generated from the DTOs) to a file, then lints it with Redocly's
// recommended rules: `npm run lint:openapi [-- out.json]`. Boots the app in-process on a throwaway database.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { lintOpenApiFile, writeOpenApiDocument } from './openapi-lint';

async function main(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'claimdesk-openapi-'));
  const out = process.argv[2] ?? join(dir, 'openapi.json');
  try {
    await writeOpenApiDocument(out, dir);
    const result = lintOpenApiFile(out);
    process.stdout.write(result.output);
    console.log(`OpenAPI description: ${out}`);
    process.exitCode = result.ok ? 0 : 1;
  } finally {
    if (!process.argv[2]) rmSync(dir, { recursive: true, force: true });
  }
}

void main();
