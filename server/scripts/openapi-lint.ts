import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { loadConfig } from '../src/config/app-config';
import { createApp } from '../src/create-app';
import { buildOpenApiDocument } from '../src/openapi';

/** Boots the app on a throwaway SQLite file and writes the generated OpenAPI document as JSON. */
export async function writeOpenApiDocument(path: string, dataDir: string): Promise<void> {
  const config = loadConfig({ DATA_DIR: dataDir, LOG_LEVEL: 'silent', SEED_DEMO: 'false' });
  const app = await createApp(config);
  try {
    await app.init();
    writeFileSync(path, JSON.stringify(buildOpenApiDocument(app, config.version), null, 2));
  } finally {
    await app.close();
  }
}

/** Runs `redocly lint` with its recommended rules; telemetry off (this machine has no outside network). */
export function lintOpenApiFile(path: string): { ok: boolean; output: string } {
  const cli = require.resolve('@redocly/cli/bin/cli.js');
  const result = spawnSync(
    process.execPath,
    [cli, 'lint', '--extends=recommended', '--format=stylish', path],
    {
      encoding: 'utf8',
      env: {
        ...process.env,
        REDOCLY_TELEMETRY: 'off',
        REDOCLY_SUPPRESS_UPDATE_NOTICE: 'true',
        NO_COLOR: '1',
      },
    },
  );
  return { ok: result.status === 0, output: `${result.stdout}${result.stderr}` };
}
