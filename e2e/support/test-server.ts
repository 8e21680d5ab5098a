import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const SERVER_MAIN = resolve(__dirname, '../../server/dist/main.js');
export const E2E_ADMIN = { email: 'admin@claimdesk.test', password: 'e2e-admin-password-1' };

/** The built app on a free loopback port with its own temporary SQLite database. */
export class AppServer {
  private constructor(
    readonly url: string,
    private readonly process: ChildProcess,
    private readonly dataDir: string,
    private readonly stderr: string[],
  ) {}

  static async start(): Promise<AppServer> {
    const port = await freePort();
    const dataDir = mkdtempSync(join(tmpdir(), 'claimdesk-e2e-'));
    // The browser tests always run on SQLite, whatever DATABASE_URL the calling shell has.
    const { DATABASE_URL: _ignored, ...inherited } = process.env;
    const child = spawn(process.execPath, [SERVER_MAIN], {
      env: {
        ...inherited,
        PORT: String(port),
        HOST: '127.0.0.1',
        DATA_DIR: dataDir,
        LOG_LEVEL: 'warn',
        ADMIN_EMAIL: E2E_ADMIN.email,
        ADMIN_PASSWORD: E2E_ADMIN.password,
      },
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    const stderr: string[] = [];
    child.stderr?.on('data', (chunk: Buffer) => stderr.push(chunk.toString()));
    const server = new AppServer(`http://127.0.0.1:${port}`, child, dataDir, stderr);
    await server.waitUntilHealthy();
    return server;
  }

  async stop(): Promise<void> {
    if (this.process.exitCode === null) {
      const exited = new Promise((done) => this.process.once('exit', done));
      this.process.kill('SIGTERM');
      await exited;
    }
    rmSync(this.dataDir, { recursive: true, force: true });
  }

  private async waitUntilHealthy(): Promise<void> {
    const deadline = Date.now() + 60_000;
    while (Date.now() < deadline) {
      if (this.process.exitCode !== null) break;
      try {
        if ((await fetch(`${this.url}/api/health`)).ok) return;
      } catch {
        // not listening yet
      }
      await new Promise((done) => setTimeout(done, 100));
    }
    await this.stop();
    throw new Error(`The app did not become healthy at ${this.url}:\n${this.stderr.join('')}`);
  }
}

function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const probe = createServer();
    probe.once('error', fail);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() =>
        typeof address === 'object' && address ? done(address.port) : fail(new Error('no port')),
      );
    });
  });
}
