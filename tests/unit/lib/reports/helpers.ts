import type { AnswerLike, Respondent } from '../../../../src/lib/reports/respondents';
import type { RollupCapability } from '../../../../src/lib/reports/rollup';
import { HASH } from '../../helpers/records';

export const capabilities: RollupCapability[] = [
  { id: 'roles', dimension: 'people', weight: 1, title: 'Roles and skills' },
  { id: 'culture', dimension: 'people', weight: 1, title: 'Culture' },
  { id: 'intake', dimension: 'process', weight: 1, title: 'Use-case intake' },
  { id: 'release', dimension: 'process', weight: 2, title: 'Release' },
  { id: 'serving', dimension: 'platform', weight: 1, title: 'Serving' },
];

export const frame = { version: '1.0.0', hash: HASH, capabilities };

type Given = number | 'dk' | 'na';

/** A respondent whose answers are given in the order of `capabilities`; `undefined` leaves one unanswered. */
export function respondent(id: string, team: string, given: (Given | undefined)[], extra: Partial<Respondent> = {}): Respondent {
  return {
    id,
    assessmentName: `Assessment ${id}`,
    name: `Person ${id}`,
    role: 'ML engineer',
    team,
    round: '2026 Q4 survey',
    questionnaire: { id: 'mlops-maturity', version: '1.0.0', hash: HASH },
    answers: given.flatMap((value, index): AnswerLike[] => {
      const capabilityId = capabilities[index]?.id ?? `extra-${index}`;
      if (value === undefined) return [];
      if (value === 'dk') return [{ capabilityId, state: 'dont-know', level: null, target: null }];
      if (value === 'na') return [{ capabilityId, state: 'not-applicable', level: null, target: null }];
      return [{ capabilityId, state: 'level', level: value, target: null }];
    }),
    ...extra,
  };
}
