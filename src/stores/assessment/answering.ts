import { atom, map } from 'nanostores';
import type { Answer, Assessment, QuestionnaireRef } from '../../schemas/assessment';
import { getAnswers, getAssessment, putAnswer, putAssessment } from '../../db/assessments';
import { describeStorageError } from '../../db/errors';
import { nowIso } from '../../lib/ids';
import { track } from '../save/saveState';

export type LoadState = { kind: 'loading' } | { kind: 'ready' } | { kind: 'missing' } | { kind: 'error'; message: string };

export const $assessment = atom<Assessment | null>(null);
export const $answers = map<Record<string, Answer>>({});
export const $loadState = atom<LoadState>({ kind: 'loading' });

export async function openAssessment(id: string): Promise<void> {
  // Forget whatever was open before, so a missing assessment never shows another one's answers.
  $assessment.set(null);
  $answers.set({});
  $loadState.set({ kind: 'loading' });
  try {
    const [assessment, answers] = await Promise.all([getAssessment(id), getAnswers(id)]);
    if (!assessment) {
      $loadState.set({ kind: 'missing' });
      return;
    }
    $assessment.set(assessment);
    $answers.set(Object.fromEntries(answers.map((answer) => [answer.capabilityId, answer])));
    $loadState.set({ kind: 'ready' });
  } catch (error) {
    $loadState.set({ kind: 'error', message: describeStorageError(error) });
  }
}

export function emptyAnswer(assessmentId: string, capabilityId: string): Answer {
  return {
    assessmentId,
    capabilityId,
    state: null,
    level: null,
    naReason: '',
    confidence: null,
    target: null,
    notes: '',
    evidence: [],
    updatedAt: nowIso(),
  };
}

export type AnswerPatch = Partial<Omit<Answer, 'assessmentId' | 'capabilityId' | 'updatedAt'>>;

// Writes for one capability are coalesced: while one is in flight, only the newest waiting
// version is written next, so fast typing never queues hundreds of writes and never reorders them.
const waiting = new Map<string, Answer>();
const running = new Set<string>();

async function flush(capabilityId: string): Promise<void> {
  if (running.has(capabilityId)) return;
  running.add(capabilityId);
  try {
    for (let next = waiting.get(capabilityId); next; next = waiting.get(capabilityId)) {
      waiting.delete(capabilityId);
      await track(() => putAnswer(next));
    }
  } finally {
    running.delete(capabilityId);
  }
}

/** Applies a change to one answer: the screen updates at once and the answer is stored straight away. */
export function updateAnswer(capabilityId: string, patch: AnswerPatch): Promise<void> {
  const assessment = $assessment.get();
  if (!assessment) return Promise.resolve();
  const current = $answers.get()[capabilityId] ?? emptyAnswer(assessment.id, capabilityId);
  const next: Answer = { ...current, ...patch, updatedAt: nowIso() };
  // A seeded estimate stays one until the person chooses a level (or another answer) themselves.
  if (patch.state !== undefined || patch.level !== undefined) delete next.estimate;
  if (next.state !== 'level') next.level = null;
  if (next.state !== 'not-applicable') next.naReason = '';
  $answers.setKey(capabilityId, next);
  waiting.set(capabilityId, next);
  return flush(capabilityId);
}

/** The person accepts a level seeded by the quick check as their own answer. */
export function confirmEstimate(capabilityId: string): Promise<void> {
  const current = $answers.get()[capabilityId];
  if (!current?.estimate) return Promise.resolve();
  return updateAnswer(capabilityId, { state: current.state, level: current.level });
}

/** Marks the assessment as answered against the current questionnaire, once the person has looked at what changed. */
export function adoptQuestionnaire(questionnaire: QuestionnaireRef): Promise<unknown> {
  const assessment = $assessment.get();
  if (!assessment) return Promise.resolve();
  const next: Assessment = { ...assessment, questionnaire, updatedAt: nowIso() };
  $assessment.set(next);
  return track(() => putAssessment(next));
}

export function updateAssessmentDetails(
  patch: Partial<Pick<Assessment, 'name' | 'organisation' | 'team' | 'respondentName' | 'respondentRole' | 'date'>>,
): Promise<unknown> {
  const assessment = $assessment.get();
  if (!assessment) return Promise.resolve();
  const next = { ...assessment, ...patch, updatedAt: nowIso() };
  $assessment.set(next);
  return track(() => putAssessment(next));
}
