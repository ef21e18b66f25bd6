import { describe, expect, it } from 'vitest';
import { invitedName, inviteUrl, readInvite } from '../../../../src/lib/reports/invite';

describe('the invitation link', () => {
  const invite = { round: '2026 Q4 survey', team: 'Data & AI platform', organisation: '', questionnaireId: 'mlops-maturity' };

  it('opens a new assessment on the assessment page with round, team and questionnaire, escaped', () => {
    const url = inviteUrl('https://portal.example/', invite);
    expect(url).toBe(
      'https://portal.example/assessment/?new=1&round=2026+Q4+survey&team=Data+%26+AI+platform&questionnaire=mlops-maturity',
    );
    expect(readInvite(new URL(url).search)).toEqual(invite);
  });

  it('is not an invitation without new=1, and trims and caps what it reads', () => {
    expect(readInvite('?round=x')).toBeNull();
    const long = 'x'.repeat(300);
    expect(readInvite(`?new=1&team=${long}&round=%20Q1%20`)).toEqual({
      round: 'Q1',
      team: 'x'.repeat(120),
      organisation: '',
      questionnaireId: '',
    });
  });

  it('names the assessment after the round and team', () => {
    expect(invitedName(invite, 'fallback')).toBe('2026 Q4 survey, Data & AI platform');
    expect(invitedName({ ...invite, round: '', team: '' }, 'fallback')).toBe('fallback');
  });
});
