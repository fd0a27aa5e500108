import { defineConfig } from '@playwright/test';

// Debian's Chromium; Playwright's own browser download is not used (and cannot be fetched here).
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export default defineConfig({
  testDir: './e2e',
  outputDir: 'test-results/e2e-artifacts',
  globalSetup: './e2e/global-setup.ts',
  timeout: 300_000,
  expect: { timeout: 20_000 },
  // One spec file at a time by default. E2E_WORKERS=2 runs two (each test makes its own people, so specs share the one
  // host, and each mail host has its own log); not the default until two whole runs on a quiet machine show it faster
  // and stable (docs/benchmarks.md, "The CI run").
  workers: Number(process.env.E2E_WORKERS ?? 1),
  fullyParallel: false,
  forbidOnly: !!process.env.CI,
  retries: 0,
  reporter: [['list'], ['junit', { outputFile: 'test-results/e2e.xml' }]],
  use: {
    browserName: 'chromium',
    launchOptions: {
      executablePath: CHROMIUM,
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    },
    viewport: { width: 360, height: 800 },
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
  },
});
