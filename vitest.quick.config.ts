// `npm run test:quick`: the edit-test loop. Every test except the slow ones — fuzzing, the
// safety suites (kills, concurrency, break-outs), the tests that spawn the CLI once per case
// (bad inputs, the sample, catalog v2 under three time zones, the README walkthrough, render's CLI), the SARIF multitool, special
// files, the terminal (pty) tests. `npm test` runs everything.
import { defineConfig, configDefaults } from 'vitest/config';

export default defineConfig({
  test: {
    testTimeout: 60_000,
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
    ],
  },
});
