#!/usr/bin/env node
// Runs the export CLI. It reads entities and config from all over src, so any newer source means a stale build.
'use strict';
const { loadCli } = require('./launch');

loadCli('exports/cli', '.')
  .main(process.argv.slice(2))
  .then((code) => {
    process.exitCode = code;
  });
