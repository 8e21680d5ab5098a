import * as fs from 'fs';
import * as path from 'path';
import { extractClaims, scoreSentence } from './index';
import type { Segment } from './types';

/** What the CLI touches of the outside world, so tests can run it in-process. */
export interface CliIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  readFile: (file: string) => Buffer;
  readStdin: () => Buffer;
  cwd: string;
}

const USAGE = 'usage: extract [--all] <file|->  |  extract --score-lines <file.jsonl|->';

class CliError extends Error {}

export function defaultIo(): CliIo {
  return {
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
    readFile: (file) => fs.readFileSync(file),
    readStdin: () => fs.readFileSync(0),
    cwd: process.env.INIT_CWD ?? process.cwd(),
  };
}

interface Arguments {
  mode: 'claims' | 'all' | 'score-lines';
  input: string;
}

function parseArguments(argv: string[]): Arguments {
  let mode: Arguments['mode'] = 'claims';
  const inputs: string[] = [];
  for (const arg of argv) {
    if (arg === '--all') mode = mode === 'score-lines' ? mode : 'all';
    else if (arg === '--score-lines') mode = 'score-lines';
    else if (arg.startsWith('--')) throw new CliError(`unknown option ${arg}; ${USAGE}`);
    else inputs.push(arg);
  }
  if (inputs.length !== 1) throw new CliError(USAGE);
  return { mode, input: inputs[0] };
}

/** Reads the input as strict UTF-8; refuses missing, empty, binary or badly encoded input. */
function readInput(input: string, io: CliIo): string {
  const name = input === '-' ? 'standard input' : input;
  let bytes: Buffer;
  try {
    bytes = input === '-' ? io.readStdin() : io.readFile(path.resolve(io.cwd, input));
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new CliError(
      code === 'ENOENT' ? `cannot read ${name}: no such file` : `cannot read ${name}: ${code ?? 'error'}`,
    );
  }
  if (bytes.includes(0)) throw new CliError(`${name} looks binary (contains NUL bytes)`);
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    throw new CliError(`${name} is not valid UTF-8`);
  }
  if (text.replace(/^\ufeff/, '').trim().length === 0) throw new CliError(`${name} is empty`);
  return text;
}

function claimJson(segment: Segment): Record<string, unknown> {
  const { text, start, end, score, checkworthy, type, speaker, quoted, kind } = segment;
  return { text, start, end, score: Number(score.toFixed(4)), checkworthy, type, speaker, quoted, kind };
}

interface ScoreLine {
  id?: unknown;
  text?: unknown;
  speaker?: unknown;
}

function scoreLines(text: string): string {
  const lines = text.split(/\r?\n/);
  const out: string[] = [];
  lines.forEach((line, index) => {
    if (line.trim().length === 0) return;
    let row: ScoreLine;
    try {
      row = JSON.parse(line) as ScoreLine;
    } catch {
      throw new CliError(`line ${index + 1} is not JSON`);
    }
    if (typeof row !== 'object' || row === null || typeof row.text !== 'string') {
      throw new CliError(`line ${index + 1} has no "text" string`);
    }
    const speaker = typeof row.speaker === 'string' ? row.speaker : undefined;
    const { score, checkworthy, type } = scoreSentence(row.text, { speaker });
    out.push(JSON.stringify({ id: row.id ?? index + 1, score: Number(score.toFixed(4)), checkworthy, type }));
  });
  return out.length === 0 ? '' : out.join('\n') + '\n';
}

function run(argv: string[], io: CliIo): string {
  const args = parseArguments(argv);
  const text = readInput(args.input, io);
  if (args.mode === 'score-lines') return scoreLines(text);
  const result = extractClaims(text);
  const segments = args.mode === 'all' ? result.segments : result.claims;
  return JSON.stringify(segments.map(claimJson), null, 2) + '\n';
}

/** Runs the CLI; returns the exit code (0 ok, 2 bad input). Nothing reaches stdout unless all went well. */
export function main(argv: string[], io: CliIo = defaultIo()): number {
  try {
    io.stdout(run(argv, io));
    return 0;
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    io.stderr(`extract: ${message.split('\n')[0]}\n`);
    return 2;
  }
}

if (require.main === module) process.exitCode = main(process.argv.slice(2));
