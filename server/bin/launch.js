// Shared by the CLI launchers: run the compiled build when it is newer than every source file it depends
// on, else the TypeScript source through ts-node (so a CLI works straight after a checkout, without a build).
'use strict';
const fs = require('fs');
const path = require('path');

const server = path.resolve(__dirname, '..');

function newestSource(dir) {
  let newest = 0;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    const time = entry.isDirectory() ? newestSource(full) : fs.statSync(full).mtimeMs;
    if (time > newest) newest = time;
  }
  return newest;
}

/** `cli` is the module path below src/ and dist/ without extension; `watch` the src folder it depends on. */
function loadCli(cli, watch) {
  const compiled = path.join(server, 'dist', `${cli}.js`);
  if (
    fs.existsSync(compiled) &&
    fs.statSync(compiled).mtimeMs >= newestSource(path.join(server, 'src', watch))
  )
    return require(compiled);
  require('ts-node').register({ transpileOnly: true, project: path.join(server, 'tsconfig.json') });
  return require(path.join(server, 'src', `${cli}.ts`));
}

module.exports = { loadCli };
