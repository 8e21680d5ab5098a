import { execFileSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * The port and data folder of the app under test, chosen once in the runner's main process and handed to
 * workers through the environment (Playwright loads the config again in each worker).
 */
export function testServerSettings(): { port: number; dataDir: string } {
  if (!process.env.E2E_PORT) {
    const script =
      'const s=require("net").createServer().listen(0,"127.0.0.1",()=>{console.log(s.address().port);s.close()})';
    process.env.E2E_PORT = execFileSync(process.execPath, ['-e', script], { encoding: 'utf8' }).trim();
  }
  if (!process.env.E2E_DATA_DIR) {
    process.env.E2E_DATA_DIR = mkdtempSync(join(tmpdir(), 'claimdesk-e2e-'));
  }
  return { port: Number(process.env.E2E_PORT), dataDir: process.env.E2E_DATA_DIR };
}
