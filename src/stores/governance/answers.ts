import { computed, map } from 'nanostores';
import type { ReviewAnswer } from '../../schemas/governance';
import { emptyReviewAnswer, JUSTIFICATION_REQUIRED, NAME_REQUIRED } from '../../lib/governance/answerFields';
import type { AnswerPatch } from '../../lib/governance/transitions';
import { nowIso } from '../../lib/ids';
import { $review, $reviewAnswers, $reviewer } from './review';
import { autosave } from '../save/autosave';

export type { AnswerPatch };

/** Text typed into a notes or justification box, waiting for its pause before it is stored. */
const $typing = map<Record<string, AnswerPatch | undefined>>({});
/** Why the last change to an item was refused, by item id. */
export const $itemErrors = map<Record<string, string | undefined>>({});

const keyOf = (reviewId: string, itemId: string): string => `${reviewId}\n${itemId}`;

/**
 * Changes to one item go through the portal's one autosave: shown at once, joined while a write is
 * in flight (one stored change and one history entry instead of dozens), applied to the latest
 * stored answer, and kept on screen when the write fails. Every write of a lineage runs in order
 * (`serial`), so two quick edits never fork the history's hash chain.
 */
const itemSaves = autosave<ReviewAnswer, AnswerPatch>({
  name: 'review-item',
  apply: (record, patch, key) => {
    const [reviewId = '', itemId = ''] = key.split('\n');
    return { ...(record ?? emptyReviewAnswer(reviewId, itemId, nowIso())), ...patch };
  },
  // The write, with the rules of a change and the history's hash chain, loads with the first change.
  write: async (key, patch) => {
    const [reviewId = '', itemId = ''] = key.split('\n');
    const { writeItem } = await import('./itemWrite');
    return writeItem(reviewId, itemId, patch);
  },
  stamp: (answer) => answer.answeredAt,
});

/** Changes shown on screen that are not stored yet, by item id (typing and writes on their way). */
export const $answerDrafts = computed([$review, $typing, itemSaves.$entries], (review, typing) => {
  const drafts: Record<string, AnswerPatch> = {};
  if (!review) return drafts;
  const ids = new Set([...review.template.items.map((item) => item.id), ...Object.keys(typing)]);
  for (const itemId of ids) {
    const draft = { ...itemSaves.unsaved(keyOf(review.id, itemId)), ...typing[itemId] };
    if (Object.keys(draft).length > 0) drafts[itemId] = draft;
  }
  return drafts;
});

/** What an item shows: its stored answer with any change still on its way to storage. */
export function shownAnswer(stored: ReviewAnswer | undefined, draft: AnswerPatch | undefined): Partial<ReviewAnswer> {
  return { ...stored, ...draft };
}

/** Changes one item's answer: the screen shows it at once, storage and history follow in order. */
export async function updateItem(itemId: string, patch: AnswerPatch): Promise<boolean> {
  const review = $review.get();
  if (!review || review.status !== 'in-review') return false;
  if ($reviewer.get().trim() === '') {
    $itemErrors.setKey(itemId, NAME_REQUIRED);
    return false;
  }
  $itemErrors.setKey(itemId, undefined);
  const stored = await itemSaves.save(keyOf(review.id, itemId), patch);
  return stored && $itemErrors.get()[itemId] === undefined;
}

type TextField = 'notes' | 'justification';
const timers = new Map<string, ReturnType<typeof setTimeout>>();
const TEXT_PAUSE_MS = 1200;

function setTyping(itemId: string, field: TextField, value: string | undefined): void {
  const next = { ...$typing.get()[itemId] };
  if (value === undefined) delete next[field];
  else next[field] = value;
  $typing.setKey(itemId, Object.keys(next).length === 0 ? undefined : next);
}

/**
 * Typing in a notes or justification box: shown at once, stored after a short pause or when
 * the box loses focus. A stored "not applicable" keeps its justification while the box is empty.
 */
export function editText(itemId: string, field: TextField, value: string): void {
  setTyping(itemId, field, value);
  const key = `${itemId}:${field}`;
  clearTimeout(timers.get(key));
  timers.set(
    key,
    setTimeout(() => void commitText(itemId, field), TEXT_PAUSE_MS),
  );
}

export function commitText(itemId: string, field: TextField): Promise<boolean> {
  const key = `${itemId}:${field}`;
  clearTimeout(timers.get(key));
  timers.delete(key);
  const value = $typing.get()[itemId]?.[field];
  if (value === undefined) return Promise.resolve(true);
  const stored = $reviewAnswers.get()[itemId];
  if (field === 'justification' && value.trim() === '' && stored?.status === 'not-applicable') {
    $itemErrors.setKey(itemId, `${JUSTIFICATION_REQUIRED} The saved justification is kept until you enter a new one.`);
    return Promise.resolve(false);
  }
  // From here the autosave holds the text (and keeps it on screen if the write fails).
  const saved = value === (stored?.[field] ?? '') ? Promise.resolve(true) : updateItem(itemId, { [field]: value });
  setTyping(itemId, field, undefined);
  return saved;
}

/** Stores every text still waiting for its pause and every change on its way, e.g. before signing off. */
export async function commitAllText(): Promise<boolean[]> {
  const pending = [...timers.keys()].map((key) => {
    const [itemId, field] = key.split(':') as [string, TextField];
    return commitText(itemId, field);
  });
  const results = await Promise.all(pending);
  await itemSaves.idle();
  return results;
}

/** Forgets drafts and errors, when another review or revision is opened. */
export function resetDrafts(): void {
  timers.forEach((timer) => clearTimeout(timer));
  timers.clear();
  $typing.set({});
  itemSaves.reset();
  $itemErrors.set({});
}
