import { expect, test, type Page } from '@playwright/test';
import { hydrated } from './pages/navigation';
import { loadSampleWorkspace } from './pages/workspace';

// Nothing a person is reading may jump when the islands hydrate or the stored data arrives.
// Every route is opened in an empty workspace and with the sample, on a 360 px phone and a wide
// screen, and the layout shifts Chromium reports are added up (the same entries CLS is made of).

const routes = [
  '/',
  '/assessment/',
  '/assessment/quick/',
  '/assessment/answer/?id=sample-assessment-2026q4',
  '/assessment/results/?id=sample-assessment-2026q4',
  '/backlog/',
  '/backlog/use-case/?id=sample-usecase-05',
  // A description with a list, rendered from Markdown once the renderer has arrived.
  '/backlog/use-case/?id=sample-usecase-01',
  '/governance/',
  '/governance/review/?id=sample-review-chat-ethics-1',
  // Signed off: every item shows its notes (Markdown) and evidence from the start.
  '/governance/review/?id=sample-review-eta-readiness-1',
  '/reports/',
  '/reports/steering/',
  '/workspace/',
];
const widths = [
  { name: 'phone', width: 360, height: 740 },
  { name: 'desktop', width: 1280, height: 800 },
];
/** The quality goal for cumulative layout shift (see README, "Quality gates"). */
const MAX_SHIFT = 0.02;

interface Shift {
  value: number;
  sources: string[];
}

declare global {
  interface Window {
    layoutShifts: Shift[];
  }
}

/** Records every layout shift from the first paint on, with the elements that moved. */
async function recordShifts(page: Page): Promise<void> {
  await page.addInitScript(() => {
    window.layoutShifts = [];
    const describe = (node: Node | null | undefined): string => {
      if (!(node instanceof Element)) return node?.parentElement ? describe(node.parentElement) : '(text)';
      const id = node.id ? `#${node.id}` : '';
      const classes = [...node.classList].map((name) => `.${name}`).join('');
      return `${node.tagName.toLowerCase()}${id}${classes} "${(node.textContent ?? '').trim().slice(0, 40)}"`;
    };
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as (PerformanceEntry & {
        value: number;
        hadRecentInput: boolean;
        sources: { node?: Node }[];
      })[]) {
        if (!entry.hadRecentInput)
          window.layoutShifts.push({ value: entry.value, sources: entry.sources.map((source) => describe(source.node)) });
      }
    }).observe({ type: 'layout-shift', buffered: true });
  });
}

/** Opens a route and waits until its data, lazy chunks and charts have all arrived. */
async function openSettled(page: Page, route: string): Promise<Shift[]> {
  await page.goto(route);
  await hydrated(page);
  await expect(page.locator('[data-loading]')).toHaveCount(0);
  await page.waitForLoadState('networkidle');
  // Two frames after the last change, so a shift caused by it has been reported.
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
  return page.evaluate(() => window.layoutShifts);
}

async function expectStable(page: Page, state: string): Promise<void> {
  for (const route of routes) {
    for (const size of widths) {
      await page.setViewportSize({ width: size.width, height: size.height });
      const shifts = await openSettled(page, route);
      const total = shifts.reduce((sum, shift) => sum + shift.value, 0);
      const moved = shifts.map((shift) => `${shift.value.toFixed(3)}: ${shift.sources.join(', ')}`);
      expect.soft(total, `${route} (${state}, ${size.name}) moved: ${moved.join(' | ')}`).toBeLessThanOrEqual(MAX_SHIFT);
    }
  }
}

test('no page moves under the reader in an empty workspace', async ({ page }) => {
  test.setTimeout(180_000);
  await recordShifts(page);
  await expectStable(page, 'empty');
});

test('no page moves under the reader with the sample workspace', async ({ page }) => {
  test.setTimeout(180_000);
  await loadSampleWorkspace(page);
  await recordShifts(page);
  await expectStable(page, 'sample');
});
