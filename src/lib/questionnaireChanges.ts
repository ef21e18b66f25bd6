import type { QuestionnaireRef } from '../schemas/assessment';
import type { Questionnaire, QuestionnaireChange } from '../schemas/questionnaire';

/**
 * What changed in the questionnaire since an assessment was answered, read from the change
 * history the questionnaire carries (content/assessment/questionnaire.yaml, `changes`).
 *
 * Every version after the one the assessment was answered against, up to the current one, adds
 * its new and changed capabilities. A capability both added and later changed counts as new.
 * Answers are never dropped: new capabilities simply have no answer yet, and changed ones keep
 * the answer given, which the person is invited to check.
 *
 * When the hash differs but no listed version lies in between (a wording fix without a version
 * change), only `wordingChanged` is set.
 */
interface QuestionnaireChanges {
  fromVersion: string;
  toVersion: string;
  versions: QuestionnaireChange[];
  newIds: string[];
  changedIds: string[];
  wordingChanged: boolean;
}

export function compareVersions(a: string, b: string): number {
  const pa = a.split('.').map(Number);
  const pb = b.split('.').map(Number);
  for (let i = 0; i < 3; i += 1) {
    const diff = (pa[i] ?? 0) - (pb[i] ?? 0);
    if (diff !== 0) return Math.sign(diff);
  }
  return 0;
}

export function changesSince(
  questionnaire: Pick<Questionnaire, 'version' | 'hash' | 'changes' | 'capabilities'>,
  answered: Pick<QuestionnaireRef, 'version' | 'hash'>,
): QuestionnaireChanges | null {
  if (answered.hash === questionnaire.hash) return null;
  const versions = questionnaire.changes
    .filter((change) => compareVersions(change.version, answered.version) > 0)
    .filter((change) => compareVersions(change.version, questionnaire.version) <= 0)
    .sort((a, b) => compareVersions(a.version, b.version));
  // Reading order of the questionnaire, and only capabilities it still has.
  const inOrder = (ids: Set<string>) => questionnaire.capabilities.map((c) => c.id).filter((id) => ids.has(id));
  const added = new Set(versions.flatMap((change) => change.new));
  const changed = new Set(versions.flatMap((change) => change.changed).filter((id) => !added.has(id)));
  return {
    fromVersion: answered.version,
    toVersion: questionnaire.version,
    versions,
    newIds: inOrder(added),
    changedIds: inOrder(changed),
    wordingChanged: versions.length === 0,
  };
}
