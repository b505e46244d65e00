#!/usr/bin/env node
// The ereje entry: argv in, exit code out. Everything else lives in src/.
import { main } from '../dist/src/cli/main.js';

process.exitCode = await main(process.argv.slice(2));
