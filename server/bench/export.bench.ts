/*
 * Export throughput and memory: seeds 100,000 approved claims on a temporary SQLite file, then exports them
 * as CSV and as ClaimReview JSON-LD through the same Exporter the HTTP endpoints use, into a sink that
 * discards the bytes. Each export runs in a fresh child process, so its peak RSS growth is measured from
 * that process's own baseline rather than on top of the seeding's heap.
 *
 *   npm run bench:export                 # 100,000 claims
 *   npm run bench:export -- --claims 20000
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { DataSource } from 'typeorm';
import { loadConfig } from '../src/config/app-config';
import { dataSourceOptions } from '../src/database/data-source-options';
import type { ClaimExportFormat } from '../src/exports/export-formats';
import { EXPORT_ENTITIES, readExportPages } from '../src/exports/export-rows';
import { Exporter } from '../src/exports/exporter';
import { seedApprovedClaims, seedPeople } from '../test/support/export-seed';

const FORMATS: ClaimExportFormat[] = ['csv', 'jsonld'];
const MB = 1024 * 1024;

interface Measurement {
  format: ClaimExportFormat;
  rows: number;
  bytes: number;
  seconds: number;
  /** User + system CPU of the export process (SQLite runs in its threads): a figure that other load on the machine barely moves. */
  cpuSeconds: number;
  baselineRssMb: number;
  peakRssGrowthMb: number;
}

function openDatabase(dataDir: string): Promise<DataSource> {
  const config = loadConfig({ DATA_DIR: dataDir, LOG_LEVEL: 'silent', SEED_DEMO: 'false' });
  return new DataSource({ ...dataSourceOptions(config), entities: EXPORT_ENTITIES }).initialize();
}

/** Child process: one export into a null sink, sampling RSS as it goes. */
async function measure(format: ClaimExportFormat, dataDir: string): Promise<Measurement> {
  const dataSource = await openDatabase(dataDir);
  const config = loadConfig({ DATA_DIR: dataDir });
  const exporter = new Exporter(dataSource, config.publisher);
  (globalThis as { gc?: () => void }).gc?.();
  const baseline = process.memoryUsage().rss;
  let peak = baseline;
  const sample = () => {
    const rss = process.memoryUsage().rss;
    if (rss > peak) peak = rss;
  };
  const timer = setInterval(sample, 10);
  let bytes = 0;
  let rows = 0;
  const sink = new Writable({
    write(chunk: Buffer | string, _encoding, done) {
      bytes += Buffer.byteLength(chunk);
      sample();
      done();
    },
  });
  const started = process.hrtime.bigint();
  const cpuBefore = process.cpuUsage();
  const document = await exporter.claims(format, {});
  await pipeline(document.body, sink);
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  clearInterval(timer);
  sample();
  const cpu = process.cpuUsage(cpuBefore);
  // Count the rows the reader yields rather than trusting the seed.
  for await (const page of readExportPages(dataSource, { scope: 'public' })) rows += page.length;
  await dataSource.destroy();
  return {
    format,
    rows,
    bytes,
    seconds,
    cpuSeconds: (cpu.user + cpu.system) / 1e6,
    baselineRssMb: baseline / MB,
    peakRssGrowthMb: (peak - baseline) / MB,
  };
}

async function seed(dataDir: string, claims: number): Promise<number> {
  const dataSource = await openDatabase(dataDir);
  const started = Date.now();
  const people = await seedPeople(dataSource);
  await seedApprovedClaims(dataSource, people, claims, { perArticle: 1000 });
  await dataSource.destroy();
  return (Date.now() - started) / 1000;
}

function runChild(format: ClaimExportFormat, dataDir: string): Measurement {
  const result = spawnSync(
    process.execPath,
    ['--expose-gc', '-r', 'ts-node/register/transpile-only', __filename, '--measure', format, dataDir],
    { encoding: 'utf8', cwd: join(__dirname, '..'), maxBuffer: 16 * MB },
  );
  if (result.status !== 0) throw new Error(`export ${format} failed:\n${result.stderr}`);
  return JSON.parse(result.stdout.trim().split('\n').pop()!) as Measurement;
}

function fmt(value: number, digits = 0): string {
  return value.toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits });
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  if (args[0] === '--measure') {
    process.stdout.write(`${JSON.stringify(await measure(args[1] as ClaimExportFormat, args[2]))}\n`);
    return;
  }
  const claimsFlag = args.indexOf('--claims');
  const claims = claimsFlag >= 0 ? Number(args[claimsFlag + 1]) : 100_000;
  const dataDir = mkdtempSync(join(tmpdir(), 'claimdesk-export-bench-'));
  try {
    console.log(`Seeding ${fmt(claims)} approved claims on SQLite (${dataDir}) ...`);
    const seedSeconds = await seed(dataDir, claims);
    console.log(`Seeded in ${fmt(seedSeconds, 1)} s\n`);
    const results = FORMATS.map((format) => runChild(format, dataDir));
    console.log(`Machine load average (1 min): ${fmt(loadavg()[0], 1)} on ${cpus().length} CPUs\n`);
    console.log(
      '| format | rows    | MB out | seconds | rows/s  | CPU s | rows per CPU s | baseline RSS MB | peak RSS growth MB |',
    );
    console.log(
      '|--------|---------|--------|---------|---------|-------|----------------|-----------------|--------------------|',
    );
    for (const r of results) {
      console.log(
        `| ${r.format.padEnd(6)} | ${fmt(r.rows).padStart(7)} | ${fmt(r.bytes / MB, 1).padStart(6)} | ${fmt(r.seconds, 2).padStart(7)} | ${fmt(r.rows / r.seconds).padStart(7)} | ${fmt(r.cpuSeconds, 2).padStart(5)} | ${fmt(r.rows / r.cpuSeconds).padStart(14)} | ${fmt(r.baselineRssMb, 1).padStart(15)} | ${fmt(r.peakRssGrowthMb, 1).padStart(18)} |`,
      );
    }
    const slow = results.filter((r) => r.rows / r.seconds < 50_000 || r.peakRssGrowthMb >= 100);
    console.log(
      slow.length === 0
        ? '\nAll within the aim (>= 50,000 rows/s, < 100 MB peak RSS growth).'
        : `\nOutside the aim: ${slow.map((r) => r.format).join(', ')}`,
    );
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
