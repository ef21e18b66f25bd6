import { type Download, type Locator, type Page } from '@playwright/test';
import { chooseFile, pressEnter } from './keyboard';
import { open } from './navigation';

/** The file exchange on /reports/ ("Bring in files", "Export") and /workspace/ ("Back up", "Restore a backup"). */
export class ExchangePage {
  constructor(readonly page: Page) {}

  async openReports(): Promise<void> {
    await open(this.page, '/reports/');
  }

  async openWorkspace(): Promise<void> {
    await open(this.page, '/workspace/');
  }

  fileInput(label: 'Choose a portal file' | 'Choose a backup file'): Locator {
    return this.page.getByLabel(label);
  }

  /** Picks a file the way a person does: Tab to the file control, then hand the browser the file. */
  async pick(label: 'Choose a portal file' | 'Choose a backup file', name: string, text: string): Promise<void> {
    await chooseFile(this.fileInput(label), { name, mimeType: 'application/json', buffer: Buffer.from(text, 'utf8') });
  }

  /** Presses an export button with Tab and Enter and returns the download it starts. */
  async download(button: string): Promise<Download> {
    const downloading = this.page.waitForEvent('download');
    await pressEnter(this.page.getByRole('button', { name: button }));
    return downloading;
  }

  /** Presses a button with the keyboard: Tab to it, then Enter. */
  async press(name: string | RegExp): Promise<void> {
    await pressEnter(this.page.getByRole('button', { name }));
  }

  /** Every table of the portal's database, read in the page. */
  async tables(): Promise<Record<string, unknown[]>> {
    return this.page.evaluate(async () => {
      const database = await new Promise<IDBDatabase>((resolve, reject) => {
        const request = indexedDB.open('mlops-maturity-portal');
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error);
      });
      const names = [...database.objectStoreNames].sort();
      const rows: Record<string, unknown[]> = {};
      for (const name of names) {
        rows[name] = await new Promise<unknown[]>((resolve, reject) => {
          const request = database.transaction(name).objectStore(name).getAll();
          request.onsuccess = () => resolve(request.result);
          request.onerror = () => reject(request.error);
        });
      }
      database.close();
      return rows;
    });
  }
}
