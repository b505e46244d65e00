#!/usr/bin/env node
// The ereje entry: argv in, exit code out. Everything else lives in src/.
let main;
try {
  ({ main } = await import('../dist/src/cli/main.js'));
} catch (e) {
  if (e?.code !== 'ERR_MODULE_NOT_FOUND' || !String(e.message).includes('dist/src/cli/main.js')) throw e;
  // A fresh clone: the TypeScript is not compiled yet (an installed package always has dist/).
  process.stderr.write('ereje: not built yet: run `npm run build` in the ereje folder first (npm test builds too)\n');
  process.exit(2);
}

process.exitCode = await main(process.argv.slice(2));
