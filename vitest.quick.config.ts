// `npm run test:quick`: the edit-test loop. Every test except the slow ones — fuzzing, the
// safety suites (kills, concurrency, break-outs), the tests that spawn the CLI once per case
// (bad inputs, the sample, catalog v2 under three time zones, the README walkthrough, render's CLI), the SARIF multitool, special
// files, the terminal (pty and virtual-screen) tests, the tests through Chromium and LibreOffice, the Latin-script
// scan of every command's output. `npm test` runs everything.
import os from 'node:os';
import { defineConfig, configDefaults } from 'vitest/config';

export default defineConfig({
  test: {
    testTimeout: 60_000,
    // Every core (vitest's default leaves one free: on 2 cores that is one worker).
    maxWorkers: Math.max(2, os.availableParallelism()),
    // Test files share a worker's module cache (no re-import of pdfkit, zod… per file): 93 s → 38 s
    // on 2 cores. The full `npm test` keeps each file isolated.
    isolate: false,
    exclude: [
      ...configDefaults.exclude,
      'dist/**',
      '**/*.fuzz.test.ts',
      '**/*.safety.test.ts',
      '**/*.pty.test.ts',
      'src/cli/bad-inputs.test.ts',
      'src/cli/sample.test.ts',
      'src/cli/catalog-v2.test.ts',
      'src/cli/readme-walkthrough.test.ts',
      'src/report/sarif.test.ts',
      'src/load/special-files.test.ts',
      'src/render/cli.test.ts',
      'src/core/write.test.ts',
      '**/*.browser.test.ts',
      // Drives @inquirer's prompts through a virtual screen: needs its own module instances (isolation).
      'src/new/new.interactive.test.ts',
      'src/cli/latin-scan.test.ts',
      'src/render/appendix.test.ts',
      'src/render/docx.test.ts',
    ],
  },
});
