import 'reflect-metadata';
import { ConfigError, loadConfig } from './config/app-config';
import { Logger } from '@nestjs/common';
import { createApp } from './create-app';

async function main(): Promise<void> {
  const config = loadConfig(process.env);
  const app = await createApp(config);
  await app.listen(config.port, config.host);
  const where = config.database.kind === 'sqlite' ? config.database.sqlitePath : 'PostgreSQL (DATABASE_URL)';
  new Logger('ClaimDesk').log(
    `ClaimDesk ${config.version} on http://localhost:${config.port} — database: ${where}`,
  );
}

main().catch((error: unknown) => {
  const message = error instanceof ConfigError ? error.message : error instanceof Error ? error.stack : error;
  console.error(message);
  process.exit(1);
});
