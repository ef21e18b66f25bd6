import { expect, type CDPSession, type Locator, type Page } from '@playwright/test';
import { hydrated } from './navigation';

/**
 * Moving and acting as a keyboard-only person does: Tab or Shift+Tab to a control, Enter or Space
 * to use it, arrow keys inside radio groups and selects. Nothing here focuses an element by script,
 * so a control the keyboard cannot reach fails the test that needs it.
 */

/** More Tab presses than any page of the portal needs between two controls a journey uses. */
const TAB_LIMIT = 150;

type Reach = 'exact' | 'within' | 'radio';

type Focus = { at: 'here' | 'forward' | 'back' | 'gone' | 'page'; stops: number };

declare global {
  interface Window {
    /** The element a Tab loop is heading for (see `focusWatcher`). */
    keyboardTarget?: Element;
  }
}

/**
 * Where focus is: on the target (or inside it, or on a radio of its group), or which way to go
 * and about how many tab stops away. The count is an estimate (the browser has the last word), so
 * the loop presses that many keys and then looks again. Called with the target element (from a
 * locator), it keeps it in the page first; called with only `reach`, it uses the one kept.
 */
function whereIsFocus(first: Element | Reach, second?: Reach): Focus {
  if (typeof first !== 'string') window.keyboardTarget = first;
  const reach = typeof first === 'string' ? first : (second ?? 'exact');
  const element = window.keyboardTarget;
  if (!element?.isConnected) return { at: 'gone', stops: 0 };
  const active = document.activeElement;
  const sameRadioGroup = (a: Element | null, b: Element | null) =>
    a instanceof HTMLInputElement &&
    b instanceof HTMLInputElement &&
    a.type === 'radio' &&
    b.type === 'radio' &&
    a.name === b.name &&
    a.form === b.form;
  const here =
    active === element ||
    (reach === 'within' && active !== null && element.contains(active)) ||
    (reach === 'radio' && sameRadioGroup(active, element));
  if (here) return { at: 'here', stops: 0 };
  if (!active || active === document.body) return { at: 'page', stops: 1 };
  // Tab order is document order here (the portal sets no positive tabindex).
  const forward = (element.compareDocumentPosition(active) & Node.DOCUMENT_POSITION_PRECEDING) !== 0;
  // The tab stops in order; a radio group is one stop.
  const stops: Element[] = [];
  for (const candidate of document.querySelectorAll(
    'a[href], button, input, select, textarea, summary, [tabindex]:not([tabindex="-1"])',
  )) {
    if (candidate.matches(':disabled, input[type="hidden"], [inert] *') || !candidate.checkVisibility()) continue;
    if (sameRadioGroup(candidate, stops.at(-1) ?? null)) continue;
    stops.push(candidate);
  }
  const index = (wanted: Element) =>
    stops.findIndex((stop) => stop === wanted || sameRadioGroup(stop, wanted) || (reach === 'within' && wanted.contains(stop)));
  const from = index(active);
  const to = index(element);
  if (from < 0 || to < 0) return { at: forward ? 'forward' : 'back', stops: 1 };
  return { at: forward ? 'forward' : 'back', stops: Math.max(1, Math.abs(to - from)) };
}

/**
 * Asks where focus is. The target is resolved once and kept in the page (resolving a role locator
 * computes accessible names across the page, too slow for every key), and resolved again only when
 * the page has replaced it.
 */
function focusWatcher(target: Locator, reach: Reach): () => Promise<Focus> {
  const page = target.page();
  let resolved = false;
  return async () => {
    if (resolved) {
      const focus = await page.evaluate(whereIsFocus, reach);
      if (focus.at !== 'gone') return focus;
    }
    resolved = true;
    return target.evaluate(whereIsFocus, reach);
  };
}

function describeFocus(target: Locator): Promise<string> {
  return target.page().evaluate(() => {
    const active = document.activeElement;
    if (!active || active === document.body) return 'the page itself';
    const name =
      active.getAttribute('aria-label') ??
      (active instanceof HTMLInputElement ? active.labels?.[0]?.textContent : null) ??
      active.textContent ??
      '';
    return `<${active.tagName.toLowerCase()}${active.id ? `#${active.id}` : ''}> “${name.trim().replace(/\s+/g, ' ').slice(0, 60)}”`;
  });
}

const sessions = new WeakMap<Page, Promise<CDPSession>>();

/**
 * Presses Tab (or Shift+Tab) `count` times. These are the key events `keyboard.press` sends, sent
 * to Chromium in one go rather than waiting for each: on a busy machine that is the difference
 * between a few milliseconds and a tenth of a second per tab stop.
 */
async function pressTab(page: Page, count: number, shift: boolean): Promise<void> {
  let session = sessions.get(page);
  if (!session) {
    session = page.context().newCDPSession(page);
    sessions.set(page, session);
  }
  const cdp = await session;
  const key = { key: 'Tab', code: 'Tab', windowsVirtualKeyCode: 9, modifiers: shift ? 8 : 0 };
  const sent: Promise<unknown>[] = [];
  for (let i = 0; i < count; i += 1) {
    sent.push(cdp.send('Input.dispatchKeyEvent', { ...key, type: 'keyDown', text: '\t', unmodifiedText: '\t' }));
    sent.push(cdp.send('Input.dispatchKeyEvent', { ...key, type: 'keyUp' }));
  }
  await Promise.all(sent);
}

async function tabUntil(target: Locator, reach: Reach, limit: number): Promise<void> {
  const page = target.page();
  const where = focusWatcher(target, reach);
  let presses = 0;
  for (let focus = await where(); focus.at !== 'here'; focus = await where()) {
    if (presses >= limit)
      throw new Error(
        `${presses} presses of Tab and Shift+Tab did not reach ${target.toString()}; focus is on ${await describeFocus(target)}`,
      );
    const count = Math.min(focus.stops, limit - presses);
    await pressTab(page, count, focus.at === 'back');
    presses += count;
  }
}

/** Presses Tab (or Shift+Tab, when the control is above the focus) until the control has focus. */
export async function tabTo(target: Locator, limit = TAB_LIMIT): Promise<void> {
  await tabUntil(target, 'exact', limit);
}

/** Presses Tab until focus is somewhere inside a region or group. */
export async function tabInto(region: Locator, limit = TAB_LIMIT): Promise<void> {
  await tabUntil(region, 'within', limit);
}

/** Tabs to a button, link or summary and presses Enter. */
export async function pressEnter(target: Locator): Promise<void> {
  await tabTo(target);
  await target.page().keyboard.press('Enter');
}

/** Tabs to a checkbox and ticks or clears it with the space bar. */
export async function toggle(box: Locator): Promise<void> {
  const before = await box.isChecked();
  await tabTo(box);
  await box.page().keyboard.press('Space');
  await expect(box).toBeChecked({ checked: !before });
}

/**
 * Tabs to a file control, then hands the browser the file: the system's file dialog is outside
 * the page, so the test stands in for the person there.
 */
export async function chooseFile(input: Locator, files: Parameters<Locator['setInputFiles']>[0]): Promise<void> {
  await tabTo(input);
  await input.setInputFiles(files);
}

/** Follows a link with Enter and waits for the new page's islands. */
export async function followLink(link: Locator): Promise<void> {
  const page = link.page();
  await tabTo(link);
  const loaded = page.waitForEvent('load');
  await page.keyboard.press('Enter');
  await loaded;
  await hydrated(page);
}

/**
 * Chooses a radio as a keyboard user does: Tab into its group (focus lands on the checked radio,
 * or the first), arrow keys to the choice, then Space, which also settles a choice made with arrows.
 */
export async function chooseRadio(radio: Locator): Promise<void> {
  const page = radio.page();
  await tabUntil(radio, 'radio', TAB_LIMIT);
  // How far the choice is from the focused radio of its group, in arrow presses.
  const steps = await radio.evaluate((element) => {
    const group = [...document.getElementsByName((element as HTMLInputElement).name)];
    return group.indexOf(element as HTMLInputElement) - group.indexOf(document.activeElement as HTMLInputElement);
  });
  for (let i = 0; i < Math.abs(steps); i += 1) await page.keyboard.press(steps > 0 ? 'ArrowDown' : 'ArrowUp');
  await page.keyboard.press('Space');
  await expect(radio).toBeChecked();
}

/** Chooses an option of a select (by its label, value or place) with the arrow keys, each step a change as the browser makes it. */
export async function chooseOption(select: Locator, choice: string | { index: number } | { value: string }): Promise<void> {
  const page = select.page();
  await tabTo(select);
  const handle = await select.elementHandle();
  if (!handle) throw new Error(`${select.toString()} is gone`);
  const state = () =>
    handle.evaluate((element, choice) => {
      const options = [...(element as HTMLSelectElement).options];
      const wanted =
        typeof choice === 'string'
          ? options.findIndex((option) => option.label.trim() === choice)
          : 'index' in choice
            ? choice.index
            : options.findIndex((option) => option.value === choice.value);
      return { wanted, at: (element as HTMLSelectElement).selectedIndex, count: options.length };
    }, choice);
  const first = await state();
  if (first.wanted < 0) throw new Error(`${select.toString()} has no option ${JSON.stringify(choice)}`);
  for (let steps = 0; steps < first.count; steps += 1) {
    const { wanted, at } = await state();
    if (wanted === at) break;
    await page.keyboard.press(wanted > at ? 'ArrowDown' : 'ArrowUp');
  }
  const { wanted, at } = await state();
  await handle.dispose();
  expect(at, `arrow keys on ${select.toString()} did not reach option ${wanted}`).toBe(wanted);
}

/** Types into a field as a person does: Tab to it, select what is there, then press each key. */
export async function typeInto(field: Locator, text: string): Promise<void> {
  await tabTo(field);
  const keyboard = field.page().keyboard;
  await keyboard.press('ControlOrMeta+A');
  if (text === '') await keyboard.press('Delete');
  else await keyboard.type(text);
}

/** Picks a choice in a radio group: its first choice with Tab and Space, then arrow down `steps` times. */
export async function chooseWithKeys(page: Page, group: string | RegExp, steps: number): Promise<void> {
  await chooseRadio(page.getByRole('group', { name: group }).getByRole('radio').first());
  for (let i = 0; i < steps; i += 1) await page.keyboard.press('ArrowDown');
}
