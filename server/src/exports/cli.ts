import { once } from 'node:events';
import { createWriteStream, existsSync } from 'node:fs';
import { pipeline } from 'node:stream/promises';
import { parseArgs } from 'node:util';
import { isClaimDeskError } from '@claimdesk/shared';
import { plainToInstance } from 'class-transformer';
import { validate } from 'class-validator';
import { DataSource } from 'typeorm';
import { flattenValidationErrors } from '../common/errors/validation';
import { loadConfig, type AppConfig } from '../config/app-config';
import { dataSourceOptions } from '../database/data-source-options';
import { ExportClaimsQuery } from './dto/export.query';
import {
  CLAIM_EXPORT_FORMATS,
  REPORT_FORMATS,
  type ClaimExportFormat,
  type ReportFormat,
} from './export-formats';
import { EXPORT_ENTITIES } from './export-rows';
import { Exporter, type ExportDocument } from './exporter';

const USAGE = `Usage: npm run export -- --format csv|jsonld|md|html|pdf [options]

Reads the database the server uses (DATA_DIR, or DATABASE_URL for PostgreSQL) and writes one export.

  --format F         csv or jsonld: claims across articles; md, html or pdf: the report of one --article
  --article ID       only this article (required for md, html, pdf)
  --from DATE        approved on or after (2026-11-01 or 2026-11-01T12:00:00Z)
  --to DATE          approved on or before (a date includes the whole day)
  --rating R[,R]     only these ratings (true, mostly_true, mixed, mostly_false, false, misleading, unverifiable)
  --checker ID       only verdicts written by this user
  --internal         every review state, not only approved claims
  --state S[,S]      with --internal: only these states
  --bom              CSV: start with a UTF-8 byte-order mark (for Excel)
  --out FILE         write to FILE instead of standard output
  --help             show this text

Exit codes: 0 written, 2 bad arguments or filters, 1 anything else.`;

interface Io {
  stdout: NodeJS.WritableStream;
  stderr: NodeJS.WritableStream;
  env: NodeJS.ProcessEnv;
}

class UsageError extends Error {}

export async function main(
  argv: string[],
  io: Io = { stdout: process.stdout, stderr: process.stderr, env: process.env },
): Promise<number> {
  let dataSource: DataSource | null = null;
  try {
    const args = parseCli(argv);
    if (args.help) {
      io.stdout.write(`${USAGE}\n`);
      return 0;
    }
    const config = loadConfig(io.env);
    dataSource = await openDatabase(config);
    const document = await buildDocument(new Exporter(dataSource, config.publisher), args);
    if (args.out) await pipeline(document.body, createWriteStream(args.out));
    else await writeAll(document.body, io.stdout);
    if (args.out) io.stderr.write(`Wrote ${document.format} export to ${args.out}\n`);
    return 0;
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr.write(`${error.message}\n\n${USAGE}\n`);
      return 2;
    }
    // The reader of standard output went away (`| head`): nothing is wrong with the export.
    if ((error as NodeJS.ErrnoException).code === 'EPIPE') return 0;
    if (isClaimDeskError(error)) {
      io.stderr.write(`${error.code}: ${error.message}\n`);
      return error.status < 500 ? 2 : 1;
    }
    io.stderr.write(`Export failed: ${error instanceof Error ? error.message : String(error)}\n`);
    return 1;
  } finally {
    if (dataSource?.isInitialized) await dataSource.destroy();
  }
}

/** Copies to a stream we must not end (standard output), waiting whenever it is full. */
async function writeAll(body: AsyncIterable<unknown>, target: NodeJS.WritableStream): Promise<void> {
  for await (const chunk of body) {
    if (!target.write(chunk as string | Uint8Array)) await once(target, 'drain');
  }
}

interface CliArgs {
  help: boolean;
  format: ClaimExportFormat | ReportFormat;
  query: ExportClaimsQuery;
  out?: string;
}

function parseCli(argv: string[]): CliArgs {
  let values;
  try {
    ({ values } = parseArgs({
      args: argv,
      strict: true,
      options: {
        format: { type: 'string' },
        article: { type: 'string' },
        from: { type: 'string' },
        to: { type: 'string' },
        rating: { type: 'string', multiple: true },
        checker: { type: 'string' },
        internal: { type: 'boolean' },
        state: { type: 'string', multiple: true },
        bom: { type: 'boolean' },
        out: { type: 'string' },
        help: { type: 'boolean' },
      },
    }));
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  if (values.help) return { help: true, format: 'csv', query: new ExportClaimsQuery() };
  const format = values.format ?? '';
  if (!([...CLAIM_EXPORT_FORMATS, ...REPORT_FORMATS] as readonly string[]).includes(format)) {
    throw new UsageError(
      `--format must be one of ${[...CLAIM_EXPORT_FORMATS, ...REPORT_FORMATS].join(', ')}`,
    );
  }
  if ((REPORT_FORMATS as readonly string[]).includes(format) && !values.article) {
    throw new UsageError(`--format ${format} is the report of one article: give --article ID`);
  }
  const list = (items?: string[]) => items?.flatMap((item) => item.split(',')).filter((item) => item !== '');
  // The same class-transformer/class-validator rules as the HTTP query, so both refuse the same filters.
  const query = plainToInstance(ExportClaimsQuery, {
    article: values.article,
    from: values.from,
    to: values.to,
    rating: list(values.rating),
    checker: values.checker,
    internal: values.internal,
    state: list(values.state),
    bom: values.bom,
  });
  return { help: false, format: format as CliArgs['format'], query, out: values.out };
}

async function buildDocument(exporter: Exporter, args: CliArgs): Promise<ExportDocument> {
  const problems = flattenValidationErrors(await validate(args.query, { forbidUnknownValues: false }));
  if (problems.length > 0) {
    throw new UsageError(
      problems.map((problem) => `--${problem.field}: ${problem.problems.join(', ')}`).join('\n'),
    );
  }
  const { format, query } = args;
  if (format === 'csv' || format === 'jsonld') return exporter.claims(format, query);
  return exporter.report(query.article!, format, query.internal === true);
}

/** Reads only: no migrations, and a missing SQLite file is an error rather than a new empty database. */
async function openDatabase(config: AppConfig): Promise<DataSource> {
  if (config.database.kind === 'sqlite' && !existsSync(config.database.sqlitePath)) {
    throw new Error(`No ClaimDesk database at ${config.database.sqlitePath} (set DATA_DIR or DATABASE_URL)`);
  }
  const dataSource = new DataSource({
    ...dataSourceOptions(config),
    migrationsRun: false,
    entities: EXPORT_ENTITIES,
  });
  return dataSource.initialize();
}
