import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { open } from './pages/navigation';

interface Fixture {
  stores: Record<string, string>;
  rows: Record<string, unknown[]>;
}

const fixture = (version: number): Fixture =>
  JSON.parse(readFileSync(new URL(`../fixtures/db/v${version}.json`, import.meta.url), 'utf8')) as Fixture;

/**
 * Writes a fixture into the browser's IndexedDB exactly as the portal of that version left it
 * (Dexie stores version n as IndexedDB version n × 10), before the portal itself opens it.
 */
async function seedReleasedDatabase(page: Page, version: number): Promise<void> {
  await page.goto('/favicon.svg');
  await page.evaluate(
    async ({ version, stores, rows }) => {
      const keyPath = (spec: string): string | string[] => (spec.startsWith('[') ? spec.slice(1, -1).split('+') : spec);
      await new Promise<void>((resolve, reject) => {
        const request = indexedDB.open('mlops-maturity-portal', version * 10);
        request.onupgradeneeded = () => {
          for (const [name, spec] of Object.entries(stores)) {
            const [primary = '', ...indexes] = spec.split(',').map((part) => part.trim());
            const store = request.result.createObjectStore(name, { keyPath: keyPath(primary) });
            for (const index of indexes) store.createIndex(index, keyPath(index));
          }
        };
        request.onsuccess = () => {
          const database = request.result;
          const tx = database.transaction(Object.keys(stores), 'readwrite');
          for (const [name, list] of Object.entries(rows)) for (const row of list) tx.objectStore(name).add(row);
          tx.oncomplete = () => {
            database.close();
            resolve();
          };
          tx.onerror = () => reject(tx.error);
        };
        request.onerror = () => reject(request.error);
      });
    },
    { version, ...fixture(version) },
  );
}

test('a database left by version 1 opens with its assessment and answers', async ({ page }) => {
  await seedReleasedDatabase(page, 1);
  await open(page, '/assessment/');
  await expect(page.getByRole('link', { name: 'Platform team, Q3 2026' })).toBeVisible();
  await open(page, '/workspace/');
  await expect(page.getByRole('row', { name: /Assessment answers\s+2/ })).toBeVisible();
});

test('a database left by version 2 opens with its use cases, ratings and chosen profile', async ({ page }) => {
  await seedReleasedDatabase(page, 2);
  await open(page, '/backlog/');
  for (const title of [
    'Delivery time predictions for customers',
    'Terminal staffing forecast',
    'Customs data extraction from commercial invoices',
  ])
    await expect(page.getByRole('link', { name: title })).toBeVisible();
  await expect(page.getByLabel('Rank with')).toHaveValue('fixture-profile-1');
  await open(page, '/assessment/');
  await expect(page.getByRole('link', { name: 'Platform team, Q3 2026' })).toBeVisible();
});

test('a database left by version 3 opens with its reviews, their intact history and imported templates', async ({ page }) => {
  await seedReleasedDatabase(page, 3);
  await open(page, '/governance/');
  await expect(page.getByRole('link', { name: 'Customs data extraction from commercial invoices' })).toBeVisible();
  await expect(page.getByText('Third-party AI services').first()).toBeVisible();
  await page.getByRole('link', { name: 'Customs data extraction from commercial invoices' }).click();
  await expect(page.getByText(/History intact/).first()).toBeVisible();
  const counts = fixture(3).rows;
  await open(page, '/workspace/');
  await expect(page.getByRole('row', { name: new RegExp(`Audit log entries\\s+${counts['auditLog']?.length}`) })).toBeVisible();
  await expect(page.getByRole('row', { name: new RegExp(`Use-case ratings\\s+${counts['ratings']?.length}`) })).toBeVisible();
});
