import { map } from 'nanostores';
import type { ReviewAnswer } from '../../schemas/governance';
import { describeStorageError } from '../../db/errors';
import { auditedWrite } from '../../db/reviews';
import {
  changeAnswer,
  JUSTIFICATION_REQUIRED,
  NAME_REQUIRED,
  type AnswerChange,
  type AnswerPatch,
} from '../../lib/governance/transitions';
import { nowIso } from '../../lib/ids';
import { $review, $reviewAnswers, $reviewer, noteEntry } from './review';
import { attempt } from '../save/saveState';
import { serial } from '../save/serial';

export type { AnswerPatch };

/** Changes shown on screen that are not stored yet, by item id. */
export const $answerDrafts = map<Record<string, AnswerPatch>>({});
/** Why the last change to an item was refused, by item id. */
export const $itemErrors = map<Record<string, string | undefined>>({});

/** What an item shows: its stored answer with any change still on its way to storage. */
export function shownAnswer(stored: ReviewAnswer | undefined, draft: AnswerPatch | undefined): Partial<ReviewAnswer> {
  return { ...stored, ...draft };
}

// Changes to one item are coalesced: while a write waits its turn, later changes join it, so quick
// clicks and typing give one stored change (and one history entry) instead of dozens.
const waiting = new Map<string, AnswerPatch>();
const queued = new Map<string, Promise<boolean>>();

/** Changes one item's answer: the screen shows it at once, storage and history follow in order. */
export function updateItem(itemId: string, patch: AnswerPatch): Promise<boolean> {
  const review = $review.get();
  if (!review || review.status !== 'in-review') return Promise.resolve(false);
  if ($reviewer.get().trim() === '') {
    $itemErrors.setKey(itemId, NAME_REQUIRED);
    return Promise.resolve(false);
  }
  $itemErrors.setKey(itemId, undefined);
  $answerDrafts.setKey(itemId, { ...$answerDrafts.get()[itemId], ...patch });
  waiting.set(itemId, { ...waiting.get(itemId), ...patch });
  const pending = queued.get(itemId);
  if (pending) return pending;
  const run = serial(review.lineageId, () => {
    queued.delete(itemId);
    return write(review.id, review.lineageId, itemId);
  });
  queued.set(itemId, run);
  return run;
}

async function write(reviewId: string, lineageId: string, itemId: string): Promise<boolean> {
  const patch = waiting.get(itemId);
  waiting.delete(itemId);
  if (!patch) return true;
  const at = nowIso();
  const actor = $reviewer.get();
  const outcome = await attempt(() =>
    auditedWrite<AnswerChange | null>(lineageId, async (tx) => {
      const review = await tx.review(reviewId);
      if (!review) return { value: null, draft: null };
      const change = changeAnswer(review, await tx.answer(reviewId, itemId), itemId, patch, { actor, at });
      if (!change.ok || !change.draft) return { value: change, draft: null };
      await tx.putAnswers([change.answer]);
      await tx.putReview({ ...review, updatedAt: at });
      return { value: change, draft: change.draft };
    }),
  );
  settleDraft(itemId, patch);
  const change = outcome.ok ? outcome.value.value : null;
  if (!outcome.ok || !change) {
    $itemErrors.setKey(
      itemId,
      `Could not save this change: ${!outcome.ok ? describeStorageError(outcome.error) : 'the review is no longer stored in this browser'}.`,
    );
    return false;
  }
  if (!change.ok) {
    $itemErrors.setKey(itemId, change.message);
    return false;
  }
  if ($review.get()?.id === reviewId) $reviewAnswers.setKey(itemId, change.answer);
  await noteEntry(outcome.value.entry);
  return true;
}

/** Drops the draft values that have now been written (or refused); newer typing stays. */
function settleDraft(itemId: string, written: AnswerPatch): void {
  const draft = { ...$answerDrafts.get()[itemId] };
  for (const key of Object.keys(written) as (keyof AnswerPatch)[]) {
    if (draft[key] === written[key]) delete draft[key];
  }
  $answerDrafts.setKey(itemId, Object.keys(draft).length === 0 ? undefined : draft);
}

type TextField = 'notes' | 'justification';
const timers = new Map<string, ReturnType<typeof setTimeout>>();
export const TEXT_PAUSE_MS = 1200;

/**
 * Typing in a notes or justification box: shown at once, stored after a short pause or when
 * the box loses focus. A stored "not applicable" keeps its justification while the box is empty.
 */
export function editText(itemId: string, field: TextField, value: string): void {
  $answerDrafts.setKey(itemId, { ...$answerDrafts.get()[itemId], [field]: value });
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
  const value = $answerDrafts.get()[itemId]?.[field];
  if (value === undefined) return Promise.resolve(true);
  const stored = $reviewAnswers.get()[itemId];
  if (field === 'justification' && value.trim() === '' && stored?.status === 'not-applicable') {
    $itemErrors.setKey(itemId, `${JUSTIFICATION_REQUIRED} The saved justification is kept until you enter a new one.`);
    return Promise.resolve(false);
  }
  if (value === (stored?.[field] ?? '')) {
    settleDraft(itemId, { [field]: value });
    return Promise.resolve(true);
  }
  return updateItem(itemId, { [field]: value });
}

/** Stores every text still waiting for its pause, e.g. before signing off or when the page is hidden. */
export function commitAllText(): Promise<boolean[]> {
  const pending = [...timers.keys()].map((key) => {
    const [itemId, field] = key.split(':') as [string, TextField];
    return commitText(itemId, field);
  });
  return Promise.all(pending);
}

/** Forgets drafts and errors, when another review or revision is opened. */
export function resetDrafts(): void {
  timers.forEach((timer) => clearTimeout(timer));
  timers.clear();
  $answerDrafts.set({});
  $itemErrors.set({});
}
