import type { Decision } from '../../schemas/enums';
import type { Review, ReviewAnswer, SignOff } from '../../schemas/governance';
import { limits } from '../../schemas/limits';
import { lengthProblem } from '../textLimits';
import { splitByApplicability } from './applicability';
import type { AuditDraft } from './auditChain';
import { blockingFindings, reviewProgress } from './reviewState';
import { lockedMessage, type Change } from './transitions';

/** What the sign-off form holds before it is checked. */
export interface SignOffDraft {
  reviewerName: string;
  reviewerRole: string;
  decision: Decision | '';
  conditions: string;
  date: string;
}

type SignOffField = keyof SignOffDraft;
export interface SignOffProblem {
  field: SignOffField;
  message: string;
}

const plural = (count: number, one: string, many: string) => `${count} ${count === 1 ? one : many}`;

/**
 * The rules of a sign-off, in the words the form shows:
 * - name, role, decision and date are required; the date cannot lie in the future;
 * - "approve with conditions" needs the conditions written out;
 * - an approval, with or without conditions, needs every applicable item answered and no
 *   blocking finding: a blocker that is not met stops a release, whatever the conditions say;
 * - a rejection can be recorded at any point, with the reason written out (kept where the
 *   conditions of an approval go), so the record says what must change.
 */
export function checkSignOff(
  review: Pick<Review, 'template' | 'useCaseSnapshot'>,
  answers: readonly ReviewAnswer[],
  draft: SignOffDraft,
  today: string,
): SignOffProblem[] {
  const problems: SignOffProblem[] = [];
  if (draft.reviewerName.trim() === '') problems.push({ field: 'reviewerName', message: 'Enter the reviewer’s name' });
  if (draft.reviewerRole.trim() === '')
    problems.push({ field: 'reviewerRole', message: 'Enter the reviewer’s role, for example “AI ethics reviewer”' });
  const tooLong = [
    { field: 'reviewerName', problem: lengthProblem('The reviewer’s name', draft.reviewerName, limits.signOff.reviewerName) },
    { field: 'reviewerRole', problem: lengthProblem('The reviewer’s role', draft.reviewerRole, limits.signOff.reviewerRole) },
    { field: 'conditions', problem: lengthProblem('The conditions', draft.conditions, limits.signOff.conditions) },
  ] as const;
  for (const { field, problem } of tooLong) if (problem) problems.push({ field, message: problem });
  if (draft.decision === '')
    problems.push({ field: 'decision', message: 'Select a decision: approve, approve with conditions, or reject' });
  if (draft.decision === 'approve-with-conditions' && draft.conditions.trim() === '') {
    problems.push({ field: 'conditions', message: 'Enter the conditions of the approval, with who must meet them and by when' });
  }
  if (draft.decision === 'reject' && draft.conditions.trim() === '')
    problems.push({ field: 'conditions', message: 'Say why the revision is rejected, so the record shows what must change' });
  if (draft.decision === 'approve' || draft.decision === 'approve-with-conditions') {
    const { applicable } = splitByApplicability(review.template.items, review.useCaseSnapshot);
    const open = reviewProgress(applicable, answers).open.length;
    const blocking = blockingFindings(applicable, answers).length;
    if (open > 0)
      problems.push({
        field: 'decision',
        message: `Answer the ${plural(open, 'item', 'items')} still open before approving, or choose “Reject”`,
      });
    else if (blocking > 0) {
      problems.push({
        field: 'decision',
        message: `Resolve the ${plural(blocking, 'blocking finding', 'blocking findings')} before approving, or choose “Reject”`,
      });
    }
  }
  if (draft.date.trim() === '') problems.push({ field: 'date', message: 'Enter the date of the decision' });
  else if (!isRealDate(draft.date))
    problems.push({ field: 'date', message: 'Enter the date as a real date, for example 2026-11-24' });
  else if (draft.date > today) problems.push({ field: 'date', message: 'The date of the decision must be today or in the past' });
  return problems;
}

export type SigningOff =
  { ok: true; review: Review; draft: AuditDraft } | { ok: false; problems: SignOffProblem[]; message: string | null };

/** Records the decision; the revision becomes read-only. */
export function signOffReview(
  review: Review,
  answers: readonly ReviewAnswer[],
  form: SignOffDraft,
  change: Change,
  today: string,
): SigningOff {
  if (review.status !== 'in-review') return { ok: false, problems: [], message: lockedMessage(review) };
  const problems = checkSignOff(review, answers, form, today);
  if (problems.length > 0 || form.decision === '') return { ok: false, problems, message: null };
  const signOff: SignOff = {
    reviewerName: form.reviewerName.trim(),
    reviewerRole: form.reviewerRole.trim(),
    decision: form.decision,
    // Conditions belong to a conditional approval only; anything typed before switching decision is dropped.
    conditions: form.decision === 'approve' ? '' : form.conditions.trim(),
    date: form.date,
  };
  const actor = change.actor.trim() === '' ? signOff.reviewerName : change.actor.trim();
  const next: Review = { ...review, status: 'signed-off', signOff, updatedAt: change.at };
  const draft: AuditDraft = {
    reviewId: review.id,
    at: change.at,
    actor,
    action: 'signed-off',
    itemId: null,
    before: { status: 'in-review' },
    after: { status: 'signed-off', signOff },
  };
  return { ok: true, review: next, draft };
}

function isRealDate(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}
