import { firstOverLimit } from '../../lib/textLimits';
import { limits } from '../../schemas/limits';
import { atom, computed } from 'nanostores';
import type { Answer, Assessment, QuestionnaireRef } from '../../schemas/assessment';
import { patchAnswer, patchAssessment, readAssessment } from '../../db/assessments';
import { nowIso } from '../../lib/ids';
import { applyAnswerPatch, applyFieldPatch, blankAnswer, type AnswerPatch, type AssessmentPatch } from '../../lib/patches';
import { autosave } from '../save/autosave';
import { liveStore, settled } from '../save/live';

export type { AnswerPatch };
export type LoadState = { kind: 'loading' } | { kind: 'ready' } | { kind: 'missing' } | { kind: 'error'; message: string };

/** The assessment being answered; a new object on every open, so opening again reads afresh. */
const $opened = atom<{ id: string } | null>(null);

const $stored = liveStore(async (opened) => (opened ? readAssessment(opened.id) : null), $opened);

const answerSaves = autosave<Answer, AnswerPatch>({
  name: 'answer',
  apply: (record, patch, key) => {
    const [assessmentId = '', capabilityId = ''] = key.split('\n');
    const at = record?.updatedAt ?? nowIso();
    return applyAnswerPatch(record ?? blankAnswer(assessmentId, capabilityId, at), patch, at);
  },
  write: (key, patch) => {
    const [assessmentId = '', capabilityId = ''] = key.split('\n');
    return patchAnswer(assessmentId, capabilityId, patch);
  },
  stamp: (answer) => answer.updatedAt,
});

const detailSaves = autosave<Assessment, AssessmentPatch>({
  name: 'assessment',
  apply: (record, patch) => record && applyFieldPatch(record, patch, record.updatedAt),
  write: (id, patch) => patchAssessment(id, patch),
  stamp: (assessment) => assessment.updatedAt,
});

const answerKey = (assessmentId: string, capabilityId: string): string => `${assessmentId}\n${capabilityId}`;

export const $loadState = computed([$opened, $stored], (opened, stored): LoadState => {
  if (!opened || stored.kind === 'loading') return { kind: 'loading' };
  if (stored.kind === 'error') return stored;
  return stored.value ? { kind: 'ready' } : { kind: 'missing' };
});

/** The assessment on screen: as stored now (in any tab), with this tab's unsaved changes on top. */
export const $assessment = computed([$stored, detailSaves.$entries], (stored, entries): Assessment | null => {
  const assessment = stored.kind === 'ready' ? stored.value?.assessment : undefined;
  return assessment ? (detailSaves.shown(assessment.id, assessment, entries) ?? null) : null;
});

/** Answers by capability id, as stored now with this tab's unsaved changes on top. */
export const $answers = computed([$stored, answerSaves.$entries], (stored, entries): Record<string, Answer> => {
  if (stored.kind !== 'ready' || !stored.value) return {};
  const { assessment, answers } = stored.value;
  const byCapability: Record<string, Answer> = {};
  for (const answer of answers) byCapability[answer.capabilityId] = answer;
  const prefix = answerKey(assessment.id, '');
  for (const key of Object.keys(entries)) {
    if (!key.startsWith(prefix)) continue;
    const capabilityId = key.slice(prefix.length);
    const shown = answerSaves.shown(key, byCapability[capabilityId], entries);
    if (shown) byCapability[capabilityId] = shown;
  }
  return byCapability;
});

/** Opens an assessment and keeps it live; resolves once it has been read (or found missing). */
export async function openAssessment(id: string): Promise<void> {
  answerSaves.reset();
  detailSaves.reset();
  $opened.set({ id });
  await settled($stored);
}

/** Stops showing (and watching) any assessment. */
export function closeAssessment(): void {
  answerSaves.reset();
  detailSaves.reset();
  $opened.set(null);
}

const overLongLabel = (link: { label: string }) => link.label.trim().length > limits.evidence.label;

/**
 * Applies a change to one answer: the screen shows it at once, and storage applies it to the
 * latest stored answer (another tab's change to another field is kept). Resolves true once stored.
 */
export function updateAnswer(capabilityId: string, patch: AnswerPatch): Promise<boolean> {
  const assessment = $assessment.get();
  if (!assessment || firstOverLimit(patch, limits.answer) || patch.evidence?.some(overLongLabel)) return Promise.resolve(false);
  return answerSaves.save(answerKey(assessment.id, capabilityId), patch);
}

export function updateAssessmentDetails(patch: AssessmentPatch): Promise<boolean> {
  const assessment = $assessment.get();
  if (!assessment || patch.name?.trim() === '' || firstOverLimit(patch, limits.assessment)) return Promise.resolve(false);
  return detailSaves.save(assessment.id, patch);
}

/** The person accepts a level seeded by the quick check as their own answer. */
export function confirmEstimate(capabilityId: string): Promise<boolean> {
  const current = $answers.get()[capabilityId];
  if (!current?.estimate) return Promise.resolve(false);
  return updateAnswer(capabilityId, { state: current.state, level: current.level });
}

/** Marks the assessment as answered against the current questionnaire, once the person has looked at what changed. */
export function adoptQuestionnaire(questionnaire: QuestionnaireRef): Promise<boolean> {
  return updateAssessmentDetails({ questionnaire });
}
