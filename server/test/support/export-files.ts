import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type request from 'supertest';

/** A strict RFC 4180 reader for checking exports (quotes doubled, CRLF between records, line breaks in quotes). */
export function parseCsv(text: string): string[][] {
  const records: string[][] = [];
  let record: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const char = text[i];
    if (quoted) {
      if (char === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (char === '"') quoted = false;
      else cell += char;
    } else if (char === '"') quoted = true;
    else if (char === ',') {
      record.push(cell);
      cell = '';
    } else if (char === '\r' && text[i + 1] === '\n') {
      record.push(cell);
      records.push(record);
      record = [];
      cell = '';
      i++;
    } else cell += char;
  }
  if (cell !== '' || record.length > 0) records.push([...record, cell]);
  return records;
}

/** Header row → objects, for readable assertions. */
export function csvObjects(text: string): Record<string, string>[] {
  const [header, ...rows] = parseCsv(text.replace(/^\uFEFF/, ''));
  return rows.map((row) => Object.fromEntries(header.map((name, i) => [name, row[i]])));
}

/**
 * Opens the CSV in LibreOffice (headless, UTF-8, comma, double quote; optionally every column as Text) and
 * saves it as flat ODS, then saves that as CSV again. Returns the spreadsheet XML (to look for formulas) and the
 * CSV LibreOffice wrote.
 */
export function libreOfficeRoundTrip(
  csv: Buffer,
  options: { textColumns?: number } = {},
): { contentXml: string; csv: string } {
  const dir = mkdtempSync(join(tmpdir(), 'claimdesk-lo-'));
  try {
    // A private profile per run: two soffice processes sharing one profile block each other.
    const profile = `-env:UserInstallation=file://${join(dir, 'profile')}`;
    const run = (args: string[]) =>
      execFileSync('soffice', [profile, '--headless', ...args], {
        cwd: dir,
        timeout: 120_000,
        stdio: 'pipe',
      });
    writeFileSync(join(dir, 'export.csv'), csv);
    // Token 5 lists column/type pairs; type 2 is Text, which turns off LibreOffice's guessing of booleans and numbers.
    const columns = Array.from({ length: options.textColumns ?? 0 }, (_, i) => `${i + 1}/2`).join('/');
    run([
      `--infilter=CSV:44,34,76,1${columns ? `,${columns}` : ''}`,
      '--convert-to',
      // Flat ODF: the same spreadsheet as .ods, as one XML file, so no unzip is needed to look inside.
      'fods',
      '--outdir',
      join(dir, 'ods'),
      join(dir, 'export.csv'),
    ]);
    run([
      '--convert-to',
      'csv:Text - txt - csv (StarCalc):44,34,76,1',
      '--outdir',
      join(dir, 'back'),
      join(dir, 'ods', 'export.fods'),
    ]);
    const contentXml = readFileSync(join(dir, 'ods', 'export.fods'), 'utf8');
    return { contentXml, csv: readFileSync(join(dir, 'back', 'export.csv'), 'utf8') };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** LibreOffice writes LF between records; normalise to the CRLF parseCsv expects, outside quoted cells. */
export function lfRecordsToCrlf(text: string): string {
  let out = '';
  let quoted = false;
  for (const char of text) {
    if (char === '"') quoted = !quoted;
    out += char === '\n' && !quoted ? '\r\n' : char;
  }
  return out;
}

export function pdfToText(pdf: Buffer): string {
  return execFileSync('pdftotext', ['-layout', '-enc', 'UTF-8', '-', '-'], { input: pdf, encoding: 'utf8' });
}

/** GETs a URL and records each body chunk as it arrives, with the response headers. */
export function getInChunks(
  url: string,
  cookie: string,
): Promise<{ status: number; headers: http.IncomingHttpHeaders; chunks: Buffer[] }> {
  return new Promise((resolve, reject) => {
    http
      .get(url, { headers: { Cookie: cookie } }, (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () =>
          resolve({ status: response.statusCode ?? 0, headers: response.headers, chunks }),
        );
        response.on('error', reject);
      })
      .on('error', reject);
  });
}

/** supertest parser that keeps a binary body as a Buffer. */
type Parser = Parameters<request.Test['parse']>[0];

export const binaryParser = ((
  response: http.IncomingMessage,
  done: (error: Error | null, body: Buffer) => void,
) => {
  const chunks: Buffer[] = [];
  response.on('data', (chunk: Buffer) => chunks.push(chunk));
  response.on('end', () => done(null, Buffer.concat(chunks)));
}) as unknown as Parser; // supertest types the stream as its own Response; at run time it is the IncomingMessage
