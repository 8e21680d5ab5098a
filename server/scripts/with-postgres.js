#!/usr/bin/env node
// Runs a command with DATABASE_URL pointing at PostgreSQL (the machine's own by default), after checking the
// server answers, so a missing PostgreSQL is a clear message instead of a wall of connection errors.
const { spawnSync } = require('node:child_process');
const { Client } = require('pg');

const url = process.env.DATABASE_URL || 'postgres://postgres@127.0.0.1:5432/test';

async function main() {
  const client = new Client({ connectionString: url, connectionTimeoutMillis: 5000 });
  try {
    await client.connect();
    await client.query('SELECT 1');
  } catch (error) {
    console.error(`PostgreSQL is not reachable at ${url}: ${error.message}`);
    console.error('Start it (e.g. pg_ctlcluster <version> main start) or set DATABASE_URL.');
    process.exit(2);
  } finally {
    await client.end().catch(() => undefined);
  }
  const [command, ...args] = process.argv.slice(2);
  const result = spawnSync(command, args, {
    stdio: 'inherit',
    env: { ...process.env, DATABASE_URL: url },
    shell: false,
  });
  process.exit(result.status ?? 1);
}

main();
