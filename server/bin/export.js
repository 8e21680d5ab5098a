#!/usr/bin/env node
// Runs the export CLI: the compiled build when it is up to date, else the TypeScript source via ts-node.
'use strict';
const fs = require('fs');
const path = require('path');

const server = path.resolve(__dirname, '..');
const compiled = path.join(server, 'dist/exports/cli.js');
// The export reads entities and config from all over src, so any newer source file means a stale build.
const sources = path.join(server, 'src');

function newestSource(dir) {
  let newest = 0;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    const time = entry.isDirectory() ? newestSource(full) : fs.statSync(full).mtimeMs;
    if (time > newest) newest = time;
  }
  return newest;
}

function loadCli() {
  if (fs.existsSync(compiled) && fs.statSync(compiled).mtimeMs >= newestSource(sources))
    return require(compiled);
  require('ts-node').register({ transpileOnly: true, project: path.join(server, 'tsconfig.json') });
  return require(path.join(sources, 'exports/cli.ts'));
}

loadCli()
  .main(process.argv.slice(2))
  .then((code) => {
    process.exitCode = code;
  });
