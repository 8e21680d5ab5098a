#!/usr/bin/env node
// Runs the claim extraction CLI (the engine depends on nothing outside src/extraction).
'use strict';
const { loadCli } = require('./launch');

process.exitCode = loadCli('extraction/cli', 'extraction').main(process.argv.slice(2));
