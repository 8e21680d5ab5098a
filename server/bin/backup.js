#!/usr/bin/env node
// Runs the backup CLI. It reads the config and the audit code, so any newer source means a stale build.
'use strict';
const { loadCli } = require('./launch');

loadCli('database/backup-cli', '.')
  .main(process.argv.slice(2))
  .then((code) => {
    process.exitCode = code;
  });
