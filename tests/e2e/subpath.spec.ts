import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { hydrated } from './pages/navigation';

// The portal built for a sub-path (BASE_PATH) and served there, as on an intranet server that
// hosts other sites too: every link, the sample file, the manifest and the worker stay inside it.
const BASE = '/mlops-portal/';
const port = Number(process.env['PORT'] ?? 4329) + 101;
let root = '';
let server: ChildProcess | undefined;

test.use({ serviceWorkers: 'allow' });

test.beforeAll(async () => {
  test.setTimeout(240_000);
  root = mkdtempSync(join(tmpdir(), 'portal-subpath-'));
  const out = join(root, BASE);
  const env = { ...process.env, BASE_PATH: BASE, ASTRO_TELEMETRY_DISABLED: '1' };
  execFileSync('npx', ['astro', 'build', '--outDir', out], { env, stdio: 'pipe' });
  execFileSync('node', ['scripts/build-sw.mjs', out], { env, stdio: 'pipe' });
  execFileSync('node', ['scripts/headers.mjs', out], { env, stdio: 'pipe' });
  execFileSync('node', ['scripts/check-base.mjs', out, BASE], { env, stdio: 'pipe' });
  server = spawn('node', ['scripts/serve.mjs', root, String(port)], { stdio: 'pipe' });
  await new Promise<void>((resolve) => server?.stdout?.once('data', () => resolve()));
});

test.afterAll(() => {
  server?.kill();
  rmSync(root, { recursive: true, force: true });
});

test('under a sub-path the portal links, loads the sample, installs its worker and works offline', async ({ page, context }) => {
  const origin = `http://localhost:${port}`;
  const outside: string[] = [];
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (url.origin === origin && !url.pathname.startsWith(BASE)) outside.push(url.pathname);
  });

  await page.goto(`${origin}${BASE}workspace/`);
  await hydrated(page);
  await page.getByRole('button', { name: 'Load the sample workspace' }).click();
  await expect(page.getByText('The sample workspace is loaded')).toBeVisible();

  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Assessment' }).click();
  await expect(page).toHaveURL(`${origin}${BASE}assessment/`);
  await page
    .getByRole('link', { name: /MLOps maturity review/ })
    .first()
    .click();
  await expect(page).toHaveURL(new RegExp(`${BASE}assessment/answer/\\?id=`));
  await hydrated(page);

  const scope = await page.evaluate(async () => (await navigator.serviceWorker.ready).scope);
  expect(new URL(scope).pathname).toBe(BASE);
  await page.evaluate(async () => {
    if (!navigator.serviceWorker.controller)
      await new Promise<void>((resolve) => navigator.serviceWorker.addEventListener('controllerchange', () => resolve()));
  });
  await context.setOffline(true);
  await page.goto(`${origin}${BASE}backlog/`);
  await hydrated(page);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await context.setOffline(false);
  expect(outside).toEqual([]);
});
