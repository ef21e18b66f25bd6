import { defineConfig } from '@playwright/test';

// DIST_DIR and PORT let several builds be tested side by side.
const PORT = Number(process.env['PORT'] ?? 4329);
const DIST_DIR = process.env['DIST_DIR'] ?? 'dist';

// The suite drives Debian's Chromium (see scripts/ensure-chromium.sh) against the built site.
export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: true,
  workers: 2,
  retries: 0,
  // Generous limits: the machines that run the suite have two cores and may be busy.
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: [['list']],
  use: {
    baseURL: `http://localhost:${PORT}`,
    trace: 'retain-on-failure',
    // The offline worker would serve cached pages across tests; tests/e2e/offline.spec.ts allows it.
    serviceWorkers: 'block',
    launchOptions: {
      executablePath: process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium',
      args: [
        '--no-sandbox',
        '--disable-background-networking',
        '--disable-component-update',
        '--no-first-run',
        '--disable-sync',
        '--disable-gpu',
      ],
    },
  },
  // Every journey runs on a laptop-sized screen; the role journeys run again on a 360 px phone.
  projects: [
    { name: 'desktop', use: { viewport: { width: 1280, height: 800 } } },
    {
      name: 'phone',
      use: { viewport: { width: 360, height: 740 }, hasTouch: false },
      testMatch: /(leader|domain-expert|ethics-reviewer|facilitator|choice-with-reason|forms-and-focus)\.spec\.ts$/,
    },
  ],
  webServer: {
    command: `node scripts/serve.mjs ${DIST_DIR} ${PORT}`,
    url: `http://localhost:${PORT}/`,
    reuseExistingServer: false,
    timeout: 60_000,
  },
});
