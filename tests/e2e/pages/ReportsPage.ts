import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import type { Locator, Page } from '@playwright/test';
import { chooseRadio, toggle } from './keyboard';

/** The team view on /reports/ and the steering report on /reports/steering/. */
export class ReportsPage {
  constructor(private readonly page: Page) {}

  get teamView(): Locator {
    return this.page.getByRole('region', { name: 'Team view' });
  }

  get report(): Locator {
    return this.page.getByRole('article');
  }

  disagreement(title: string): Locator {
    return this.page.getByRole('heading', { name: `Disagreement ${title}` });
  }

  /** Tabs to "By name" and moves to "Anonymously" with the arrow key, as a keyboard user does. */
  async showAnonymously(): Promise<void> {
    await chooseRadio(this.page.getByRole('radio', { name: /^Anonymously/ }));
  }

  /** Ticks or clears a section of the steering report with Tab and the space bar. */
  async toggleSection(label: RegExp): Promise<void> {
    await toggle(this.page.getByRole('checkbox', { name: label }));
  }

  /** Prints the page with the print stylesheet, as Chromium's "Save as PDF" does. */
  async printToPdf(path: string): Promise<Buffer> {
    await this.page.emulateMedia({ media: 'print' });
    // Charts redraw to their printed size on the next frames.
    await this.page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
    await this.page.waitForTimeout(500);
    const pdf = await this.page.pdf({ path, format: 'A4', preferCSSPageSize: true });
    await this.page.emulateMedia({ media: 'screen' });
    return pdf;
  }
}

const tool = (name: string) => ['/usr/bin', '/usr/local/bin'].map((dir) => `${dir}/${name}`).find((path) => existsSync(path));

/** Page count: from pdfinfo when poppler-utils is installed, else by counting page objects. */
export function pdfPageCount(path: string, pdf: Buffer): number {
  const pdfinfo = tool('pdfinfo');
  if (pdfinfo) {
    const match = /Pages:\s+(\d+)/.exec(execFileSync(pdfinfo, [path], { encoding: 'utf8' }));
    return Number(match?.[1] ?? 0);
  }
  return pdf.toString('latin1').match(/\/Type\s*\/Page(?![a-zA-Z])/g)?.length ?? 0;
}

/** The text of each page (pdftotext, from poppler-utils, which scripts/ensure-chromium.sh installs). */
export function pdfPagesText(path: string, pages: number): string[] {
  const pdftotext = tool('pdftotext');
  if (!pdftotext) throw new Error('pdftotext is missing: run scripts/ensure-chromium.sh (it installs poppler-utils)');
  return Array.from({ length: pages }, (_, index) =>
    execFileSync(pdftotext, ['-f', String(index + 1), '-l', String(index + 1), '-layout', path, '-'], { encoding: 'utf8' }),
  );
}

/** PNG images of the pages, for a person to look at, when pdftoppm is installed. */
export function pdfPageImages(path: string, prefix: string): void {
  const pdftoppm = tool('pdftoppm');
  if (pdftoppm) execFileSync(pdftoppm, ['-png', '-r', '60', path, prefix]);
}
