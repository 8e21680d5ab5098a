import { PassThrough } from 'node:stream';

export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs a CLI's `main` in-process with its standard output and error captured as text. */
export async function captureCli(
  run: (streams: { stdout: PassThrough; stderr: PassThrough }) => Promise<number>,
): Promise<CliResult> {
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  const out: Buffer[] = [];
  const err: Buffer[] = [];
  stdout.on('data', (chunk: Buffer) => out.push(chunk));
  stderr.on('data', (chunk: Buffer) => err.push(chunk));
  const code = await run({ stdout, stderr });
  return { code, stdout: Buffer.concat(out).toString('utf8'), stderr: Buffer.concat(err).toString('utf8') };
}
