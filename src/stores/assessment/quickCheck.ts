import { atom } from 'nanostores';
import type { Assessment, QuestionnaireRef } from '../../schemas/assessment';
import type { QuickCheck } from '../../schemas/quickCheck';
import { getMeta, setMeta } from '../../db/meta';
import { putSeededAssessment } from '../../db/seed';
import { newId, nowIso } from '../../lib/ids';
import { seededAnswers, type QuickAnswers } from '../../lib/quickCheck';
import { attempt } from '../save/saveState';

async function track<T>(write: () => Promise<T>): Promise<T | undefined> {
  const outcome = await attempt(write);
  return outcome.ok ? outcome.value : undefined;
}

const KEY = 'assessment.quickCheck';

/** The quick-check answers: answer index per question id. Kept between visits, so a reload loses nothing. */
export const $quickAnswers = atom<QuickAnswers>({});

function readAnswers(value: unknown): QuickAnswers {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return {};
  return Object.fromEntries(
    Object.entries(value).filter((entry): entry is [string, number] => Number.isInteger(entry[1]) && (entry[1] as number) >= 0),
  );
}

let loading: Promise<void> | null = null;

/** Reads the stored answers; a choice made while they were being read is kept over the stored one. */
export function loadQuickAnswers(): Promise<void> {
  loading = (async () => {
    // A read, not a change: it leaves the save indicator and the count of changes alone. Stored
    // answers that cannot be read leave the check empty, to be answered again.
    const stored = readAnswers(await getMeta(KEY).catch(() => undefined));
    $quickAnswers.set({ ...stored, ...$quickAnswers.get() });
  })();
  return loading;
}

/** Shows the choice at once and stores it once the stored answers have been read, so none is overwritten. */
export async function chooseQuickAnswer(questionId: string, index: number): Promise<unknown> {
  $quickAnswers.set({ ...$quickAnswers.get(), [questionId]: index });
  await loading;
  return track(() => setMeta(KEY, $quickAnswers.get()));
}

export function clearQuickAnswers(): Promise<unknown> {
  $quickAnswers.set({});
  return track(() => setMeta(KEY, {}));
}

/**
 * Starts a full assessment from the quick check: the estimated capabilities start answered, each
 * marked as an estimate until the person confirms or changes it. Returns the new assessment, or
 * undefined when it could not be stored (the save indicator says why).
 */
export async function seedAssessment(
  check: QuickCheck,
  questionnaire: QuestionnaireRef & { capabilityIds: readonly string[] },
  name: string,
  date: string,
): Promise<Assessment | undefined> {
  const at = nowIso();
  const assessment: Assessment = {
    id: newId(),
    name,
    organisation: '',
    team: '',
    respondentName: '',
    respondentRole: '',
    date,
    questionnaire: { id: questionnaire.id, version: questionnaire.version, hash: questionnaire.hash },
    createdAt: at,
    updatedAt: at,
  };
  const answers = seededAnswers(check, $quickAnswers.get(), questionnaire.capabilityIds, assessment.id, at);
  const stored = await track(async () => {
    await putSeededAssessment(assessment, answers);
    return true;
  });
  return stored ? assessment : undefined;
}
