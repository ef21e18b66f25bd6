import { spawn, type ChildProcess } from 'node:child_process';
import { appendFileSync, cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { AnswerPage } from './pages/AnswerPage';
import { newAssessment } from './pages/assessment';
import { hydrated, open } from './pages/navigation';

// The rest of the suite blocks the service worker; here it runs for real.
test.use({ serviceWorkers: 'allow' });

/** Waits until the service worker has cached the whole site and controls the page. */
async function installed(page: Page): Promise<void> {
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
    if (!navigator.serviceWorker.controller)
      await new Promise<void>((resolve) => navigator.serviceWorker.addEventListener('controllerchange', () => resolve()));
  });
}

test('after one visit the portal opens, saves and reads its lazy parts with the network off', async ({ page, context }) => {
  await open(page, '/');
  await installed(page);
  await context.setOffline(true);

  await newAssessment(page, 'On the train');
  const answer = new AnswerPage(page);
  await answer.chooseWithKeyboard(answer.level(2));
  await answer.notes.pressSequentially('Written offline.');
  await answer.waitSaved();

  await page.reload();
  await hydrated(page);
  await expect(answer.level(2)).toBeChecked();
  await expect(answer.notes).toHaveValue('Written offline.');

  // A lazily loaded part (the notes preview's Markdown renderer) comes from the cache too.
  await page.getByRole('button', { name: 'Preview notes' }).click();
  await expect(page.getByLabel('Notes preview')).toContainText('Written offline.');

  for (const route of ['/backlog/', '/governance/', '/workspace/']) {
    await open(page, route);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  }
  await context.setOffline(false);
});

test.describe('a new version', () => {
  let server: ChildProcess | undefined;
  let dir = '';
  const port = Number(process.env['PORT'] ?? 4329) + 100;

  test.beforeAll(async () => {
    // A copy of the built site on its own server, so this test can publish a "new version".
    dir = mkdtempSync(join(tmpdir(), 'portal-update-'));
    cpSync(process.env['DIST_DIR'] ?? 'dist', dir, { recursive: true });
    server = spawn('node', ['scripts/serve.mjs', dir, String(port)], { stdio: 'pipe' });
    await new Promise<void>((resolve) => server?.stdout?.once('data', () => resolve()));
  });

  test.afterAll(() => {
    server?.kill();
    rmSync(dir, { recursive: true, force: true });
  });

  test('is announced and waits for the person: the page is never reloaded in the middle of an edit', async ({ page }) => {
    const origin = `http://localhost:${port}`;
    await open(page, `${origin}/assessment/`);
    await installed(page);
    await page.getByRole('button', { name: 'New assessment' }).click();
    const name = page.getByLabel('Name', { exact: true });
    await name.fill('');
    await name.pressSequentially('Half-typed name');
    await page.evaluate(() => ((window as unknown as { stillHere?: boolean }).stillHere = true));

    // The site is published again with a changed worker.
    appendFileSync(join(dir, 'sw.js'), '\n// a new version\n');
    await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.update());

    const banner = page.getByRole('status').filter({ hasText: 'A new version of the portal is ready' });
    await expect(banner).toBeVisible();
    // Nothing was forced: the same page, with what was being typed.
    expect(await page.evaluate(() => (window as unknown as { stillHere?: boolean }).stillHere)).toBe(true);
    await expect(page.getByLabel('Name', { exact: true })).toHaveValue('Half-typed name');

    // The person chooses when: the new version takes over and the page reloads.
    await banner.getByRole('button', { name: 'Reload' }).click();
    await page.waitForFunction(() => !(window as unknown as { stillHere?: boolean }).stillHere);
    await hydrated(page);
    await expect(page.getByRole('status').filter({ hasText: 'A new version of the portal is ready' })).toHaveCount(0);
  });
});
