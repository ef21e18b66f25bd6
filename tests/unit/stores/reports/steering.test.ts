import { describe, expect, it } from 'vitest';
import { $sections, reportFileName, toggleSection } from '../../../../src/stores/reports/steering';
import { defaultGroup } from '../../../../src/stores/reports/round';
import { reportSections } from '../../../../src/lib/reports/sections';
import { respondent } from '../../lib/reports/helpers';

describe('the steering report’s choices', () => {
  it('keeps the picked sections in report order, whatever order they are ticked in', () => {
    $sections.set([]);
    toggleSection('changes', true);
    toggleSection('maturity', true);
    toggleSection('team', true);
    toggleSection('team', false);
    expect($sections.get()).toEqual(['maturity', 'changes']);
    $sections.set([...reportSections]);
  });

  it('names files after the title and the day, in plain letters', () => {
    expect(reportFileName('MLOps steering report: Nordlys Freight AS', '2026-12-01T10:00:00.000Z', 'md')).toBe(
      'mlops-steering-report-nordlys-freight-as-2026-12-01.md',
    );
    expect(reportFileName('Tromsø – Škoda & Co.', '2026-12-01T10:00:00.000Z', 'json')).toBe('tromso-skoda-co-2026-12-01.json');
    expect(reportFileName('***', '2026-12-01T10:00:00.000Z', 'md')).toBe('steering-report-2026-12-01.md');
  });
});

describe('defaultGroup', () => {
  it('prefers today’s questionnaire, then a named round, then the most respondents', () => {
    const group = (key: string, questionnaireId: string, round: string, size: number) => ({
      key,
      questionnaireId,
      round,
      respondents: Array.from({ length: size }, (_, index) => respondent(`${key}-${index}`, 'x', [])),
    });
    const groups = [
      group('a', 'other', 'Q4', 9),
      group('b', 'mlops-maturity', '', 8),
      group('c', 'mlops-maturity', 'Q4', 2),
      group('d', 'mlops-maturity', 'Q3', 3),
    ];
    expect(defaultGroup(groups, 'mlops-maturity')?.key).toBe('d');
    expect(defaultGroup([], 'mlops-maturity')).toBeNull();
  });
});
