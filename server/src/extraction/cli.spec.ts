import { execFileSync, spawnSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import { main, type CliIo } from './cli';

const fixtures = path.join(__dirname, 'fixtures');
const article = fs.readFileSync(path.join(fixtures, 'alaska-summit-article.txt'));

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

function run(argv: string[], files: Record<string, Buffer | string> = {}, stdin = ''): Run {
  let stdout = '';
  let stderr = '';
  const io: CliIo = {
    stdout: (text) => (stdout += text),
    stderr: (text) => (stderr += text),
    readFile: (file) => {
      const content = files[file];
      if (content === undefined) throw Object.assign(new Error('missing'), { code: 'ENOENT' });
      return Buffer.from(content);
    },
    readStdin: () => Buffer.from(stdin),
    cwd: '/work/here',
  };
  return { code: main(argv, io), stdout, stderr };
}

describe('extract CLI', () => {
  it('prints the check-worthy claims as one JSON array with the contract fields', () => {
    const result = run(['article.txt'], { '/work/here/article.txt': article });
    expect(result.code).toBe(0);
    expect(result.stderr).toBe('');
    const claims = JSON.parse(result.stdout) as Record<string, unknown>[];
    expect(claims.length).toBeGreaterThan(5);
    for (const claim of claims) {
      expect(Object.keys(claim).sort()).toEqual([
        'checkworthy',
        'end',
        'kind',
        'quoted',
        'score',
        'speaker',
        'start',
        'text',
        'type',
      ]);
      expect(claim.checkworthy).toBe(true);
      expect(article.toString('utf8').slice(claim.start as number, claim.end as number)).toBe(claim.text);
    }
  });

  it('prints every segment in order with --all', () => {
    const result = run(['--all', '-'], {}, article.toString('utf8'));
    const segments = JSON.parse(result.stdout) as { start: number; kind: string; checkworthy: boolean }[];
    expect(segments.length).toBe(43);
    expect(segments.some((s) => !s.checkworthy)).toBe(true);
    expect(segments.map((s) => s.kind)).toContain('boilerplate');
    expect(segments.map((s) => s.start)).toEqual([...segments.map((s) => s.start)].sort((a, b) => a - b));
  });

  it('keeps a byte-order mark so offsets index the decoded file', () => {
    const result = run(['bom.txt'], {
      '/work/here/bom.txt':
        '\ufeffTrump left Washington for Anchorage on Friday and landed in Alaska at 7.20pm.',
    });
    const [claim] = JSON.parse(result.stdout) as { start: number }[];
    expect(claim.start).toBe(1);
  });

  it('scores JSON lines as given with --score-lines', () => {
    const lines = [
      JSON.stringify({
        id: 'a',
        text: 'Unemployment fell to 3.9 percent in 2019.',
        speaker: 'TRUMP',
        context_id: 'x',
      }),
      '',
      JSON.stringify({ text: 'Thank you.' }),
    ].join('\n');
    const result = run(['--score-lines', 'lines.jsonl'], { '/work/here/lines.jsonl': lines });
    expect(result.code).toBe(0);
    const rows = result.stdout
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line) as Record<string, unknown>);
    expect(rows).toEqual([
      { id: 'a', score: expect.any(Number), checkworthy: true, type: 'comparison' },
      { id: 3, score: expect.any(Number), checkworthy: false, type: expect.any(String) },
    ]);
  });

  it.each([
    ['an empty file', ['empty.txt'], { '/work/here/empty.txt': '' }],
    ['a blank file', ['blank.txt'], { '/work/here/blank.txt': ' \n\t\n' }],
    ['a missing file', ['missing.txt'], {}],
    ['a binary file', ['image.png'], { '/work/here/image.png': Buffer.from([0x89, 0x50, 0x00, 0x47]) }],
    [
      'non-UTF-8 text',
      ['latin1.txt'],
      { '/work/here/latin1.txt': Buffer.from([0x63, 0x61, 0x66, 0xe9, 0x20, 0x61]) },
    ],
    ['no input argument', [], {}],
    ['an unknown option', ['--nope', 'a.txt'], { '/work/here/a.txt': 'Text.' }],
    [
      'a bad JSON line',
      ['--score-lines', 'bad.jsonl'],
      { '/work/here/bad.jsonl': '{"text": "ok"}\nnot json' },
    ],
    ['a line without text', ['--score-lines', 'bad.jsonl'], { '/work/here/bad.jsonl': '{"id": 1}' }],
  ] as [string, string[], Record<string, Buffer | string>][])(
    'refuses %s: one line on stderr, exit 2, nothing on stdout',
    (_name, argv, files) => {
      const result = run(argv, files);
      expect(result.code).toBe(2);
      expect(result.stdout).toBe('');
      expect(result.stderr).toMatch(/^extract: [^\n]+\n$/);
    },
  );

  it('runs as a process from another directory, reading relative paths from INIT_CWD', () => {
    const bin = path.resolve(__dirname, '../../bin/extract.js');
    const stdout = execFileSync(process.execPath, [bin, 'alaska-summit-article.txt'], {
      cwd: path.resolve(__dirname, '../..'),
      env: { ...process.env, INIT_CWD: fixtures },
      encoding: 'utf8',
    });
    expect((JSON.parse(stdout) as unknown[]).length).toBeGreaterThan(5);
  }, 30_000);

  it('exits 2 as a process on bad input', () => {
    const bin = path.resolve(__dirname, '../../bin/extract.js');
    const failed = spawnSync(process.execPath, [bin, '-'], { input: '', encoding: 'utf8' });
    expect(failed.status).toBe(2);
    expect(failed.stdout).toBe('');
    expect(failed.stderr).toBe('extract: standard input is empty\n');
  }, 30_000);
});
