import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { AnswerPage } from './pages/AnswerPage';
import { newAssessment } from './pages/assessment';
import { open } from './pages/navigation';

// On a phone-sized screen: the message and its "Try again" must fit there too.
test.use({ viewport: { width: 360, height: 740 } });

// A full disk, simulated: while `__failWrites` is set, every IndexedDB write throws the error a
// browser gives when the site's quota is used up.
test.beforeEach(async ({ page }) => {
  await page.addInitScript(() => {
    const flags = window as unknown as { __failWrites?: boolean };
    for (const method of ['put', 'add'] as const) {
      const original = IDBObjectStore.prototype[method];
      IDBObjectStore.prototype[method] = function (this: IDBObjectStore, ...args: Parameters<IDBObjectStore['put']>) {
        if (flags.__failWrites) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
        return original.apply(this, args);
      };
    }
  });
});

test('a write that fails for lack of space says so, keeps what was saved and the typed text, and saves on retry', async ({
  page,
  context,
}) => {
  await newAssessment(page, 'Full disk');
  const answer = new AnswerPage(page);
  await answer.notes.pressSequentially('Saved first.');
  await answer.waitSaved();

  await page.evaluate(() => ((window as unknown as { __failWrites?: boolean }).__failWrites = true));
  await answer.notes.pressSequentially(' Typed while the disk is full.');
  const status = page.locator('.save-state');
  await expect(status).toContainText('Could not save: the browser has no storage space left');
  await expect(status).toContainText('Your latest changes are still on screen.');
  await expect(answer.notes).toHaveValue('Saved first. Typed while the disk is full.');

  // Another tab reads what is stored: the earlier notes, not the text that could not be saved.
  const other = await context.newPage();
  await open(other, page.url());
  await expect(new AnswerPage(other).notes).toHaveValue('Saved first.');
  await other.close();

  // Space is freed: "Try again" stores the text that stayed on screen.
  await page.evaluate(() => ((window as unknown as { __failWrites?: boolean }).__failWrites = false));
  // Reached with the keyboard, as any control.
  await status.getByRole('button', { name: 'Try again' }).focus();
  await page.keyboard.press('Enter');
  await answer.waitSaved();
  await page.reload();
  await expect(answer.notes).toHaveValue('Saved first. Typed while the disk is full.');
});

test('the workspace page shows how much is stored, the quota and whether the browser keeps it', async ({ page }) => {
  await open(page, '/workspace/');
  const section = page.getByRole('region', { name: 'Storage in this browser' });
  await expect(section).toContainText('Used');
  await expect(section).toContainText(/\d/);
  await expect(section).toContainText('Kept when space runs low');
});

test('a newer portal upgrading the storage in another tab makes this tab ask for a reload, keeping the typed text', async ({
  page,
  context,
}) => {
  await newAssessment(page, 'Upgraded elsewhere');
  const answer = new AnswerPage(page);
  await answer.notes.pressSequentially('Before the upgrade.');
  await answer.waitSaved();

  // The other tab runs a newer portal: it opens the database at a higher version.
  const other = await context.newPage();
  await other.goto('/favicon.svg');
  await other.evaluate(
    () =>
      new Promise<void>((resolve, reject) => {
        const request = indexedDB.open('mlops-maturity-portal', 1000);
        request.onsuccess = () => {
          request.result.close();
          resolve();
        };
        request.onerror = () => reject(request.error);
      }),
  );

  await answer.notes.pressSequentially(' After.');
  await expect(page.locator('.save-state')).toContainText('a newer version of the portal was opened in another tab');
  await expect(page.locator('.save-state')).toContainText('Reload this page');
  await expect(answer.notes).toHaveValue('Before the upgrade. After.');
});

test('after many changes without a backup, a reminder shows on the editing pages, can be dismissed, and blocks nothing', async ({
  page,
}) => {
  await page.addInitScript(() => {
    if (!sessionStorage.getItem('seeded')) {
      sessionStorage.setItem('seeded', '1');
      localStorage.setItem('mlops-portal.changesSinceExport', JSON.stringify({ since: null, count: 60 }));
    }
  });
  await newAssessment(page, 'Reminded');
  const reminder = page.getByRole('note', { name: 'Backup reminder' });
  await expect(reminder).toContainText(/You have saved 6\d changes and have not exported a backup yet./);
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21aa', 'best-practice']).analyze();
  expect(results.violations.map((violation) => violation.id)).toEqual([]);

  // Work goes on with the reminder in view.
  const answer = new AnswerPage(page);
  await answer.chooseWithKeyboard(answer.level(1));
  await answer.waitSaved();
  await reminder.getByRole('button', { name: 'Remind me later' }).click();
  await expect(reminder).toHaveCount(0);
  await page.reload();
  await expect(answer.level(1)).toBeChecked();
  await expect(page.getByRole('note', { name: 'Backup reminder' })).toHaveCount(0);
});
