import { describe, expect, it } from 'vitest';
import {
  coveredClassifications,
  describeConditions,
  effectiveSeverity,
  itemApplicability,
  splitByApplicability,
} from '../../../../src/lib/governance/applicability';
import { confidentialMedium, makeItem, makeTemplate, personalHigh } from '../../helpers/governance';

describe('itemApplicability', () => {
  it('applies an item without conditions to every subject, named models included', () => {
    expect(itemApplicability(undefined, confidentialMedium)).toEqual({ applies: true, note: null });
    expect(itemApplicability(undefined, null)).toEqual({ applies: true, note: null });
  });

  it('applies a data-classification condition only when the classification is listed, and says why not', () => {
    const conditions = { dataClassification: ['personal' as const] };
    expect(itemApplicability(conditions, personalHigh)).toEqual({ applies: true, note: null });
    expect(itemApplicability(conditions, confidentialMedium)).toEqual({
      applies: false,
      reason: 'Applies only when personal or sensitive data is processed; this use case is classified confidential.',
    });
  });

  it('names every listed classification in the reason', () => {
    const verdict = itemApplicability(
      { dataClassification: ['sensitive', 'personal'] },
      { ...confidentialMedium, dataClassification: 'public' },
    );
    expect(verdict).toEqual({
      applies: false,
      reason: 'Applies only when personal or sensitive data is processed; this use case is classified public.',
    });
  });

  it('applies a risk-tier condition only to the listed tiers', () => {
    expect(itemApplicability({ riskTier: ['high'] }, personalHigh).applies).toBe(true);
    expect(itemApplicability({ riskTier: ['medium', 'high'] }, confidentialMedium).applies).toBe(true);
    expect(itemApplicability({ riskTier: ['high'] }, confidentialMedium)).toEqual({
      applies: false,
      reason: 'Applies only to high-risk use cases; this use case is medium risk.',
    });
  });

  it('needs every condition to hold and gives every reason that fails', () => {
    const conditions = { dataClassification: ['personal' as const], riskTier: ['high' as const] };
    expect(itemApplicability(conditions, { ...personalHigh, riskTier: 'low' })).toEqual({
      applies: false,
      reason: 'Applies only to high-risk use cases; this use case is low risk.',
    });
    const both = itemApplicability(conditions, confidentialMedium);
    expect(both.applies).toBe(false);
    expect(!both.applies && both.reason).toBe(
      'Applies only when personal or sensitive data is processed; this use case is classified confidential. Applies only to high-risk use cases; this use case is medium risk.',
    );
  });

  it('keeps conditional items for a named model and says the conditions could not be checked', () => {
    const verdict = itemApplicability({ dataClassification: ['personal'], riskTier: ['high'] }, null);
    expect(verdict).toEqual({
      applies: true,
      note: 'Included because the conditions cannot be checked for a named model: it normally applies only when personal or sensitive data is processed and only to high-risk use cases.',
    });
  });
});

describe('describeConditions', () => {
  it('reads as a sentence fragment', () => {
    expect(describeConditions({ riskTier: ['medium', 'high'] })).toBe(
      'it normally applies only to medium or high-risk use cases',
    );
    expect(describeConditions(undefined)).toBe('applies always');
  });
});

describe('splitByApplicability', () => {
  it('keeps template order and gives the reason for each item left out', () => {
    const { applicable, notApplicable } = splitByApplicability(makeTemplate().items, confidentialMedium);
    expect(applicable.map((item) => item.id)).toEqual(['bias-audit', 'purpose-agreed']);
    expect(notApplicable.map(({ item, reason }) => [item.id, reason.slice(0, 30)])).toEqual([
      ['lawful-basis', 'Applies only when personal or '],
      ['impact-assessment', 'Applies only to high-risk use '],
    ]);
  });

  it('includes every item for a personal-data, high-risk use case and for a named model', () => {
    expect(splitByApplicability(makeTemplate().items, personalHigh).notApplicable).toEqual([]);
    expect(splitByApplicability(makeTemplate().items, null).applicable).toHaveLength(4);
  });
});

describe('sensitive data is personal data too', () => {
  const personalOnly = { dataClassification: ['personal' as const] };
  it.each([
    ['public', false],
    ['confidential', false],
    ['personal', true],
    ['sensitive', true],
  ] as const)('a condition naming personal data, for %s data, applies: %s', (classification, applies) => {
    expect(itemApplicability(personalOnly, { ...confidentialMedium, dataClassification: classification }).applies).toBe(applies);
  });

  it('lists sensitive data in the reason when only personal data is named', () => {
    expect(coveredClassifications(['personal'])).toEqual(['personal', 'sensitive']);
    expect(coveredClassifications(['sensitive'])).toEqual(['sensitive']);
    expect(coveredClassifications(['public', 'confidential'])).toEqual(['public', 'confidential']);
  });
});

describe('conditions that match any', () => {
  const dataOrTier = { dataClassification: ['personal' as const], riskTier: ['high' as const], match: 'any' as const };
  it.each([
    ['public', 'low', false],
    ['confidential', 'medium', false],
    ['confidential', 'high', true],
    ['personal', 'low', true],
    ['sensitive', 'medium', true],
  ] as const)('for %s data at %s risk, applies: %s', (dataClassification, riskTier, applies) => {
    expect(itemApplicability(dataOrTier, { title: 'x', dataClassification, riskTier }).applies).toBe(applies);
  });

  it('says that neither condition holds', () => {
    expect(itemApplicability(dataOrTier, confidentialMedium)).toEqual({
      applies: false,
      reason:
        'Neither condition holds. Applies only when personal or sensitive data is processed; this use case is classified confidential. Applies only to high-risk use cases; this use case is medium risk.',
    });
    expect(describeConditions(dataOrTier)).toBe(
      'it normally applies when personal or sensitive data is processed, or to high-risk use cases',
    );
  });
});

describe('effectiveSeverity', () => {
  const item = { severity: 'major' as const, severityByTier: { high: 'blocker' as const } };
  it('raises the severity for the tiers named and keeps it otherwise', () => {
    expect(effectiveSeverity(item, personalHigh)).toBe('blocker');
    expect(effectiveSeverity(item, confidentialMedium)).toBe('major');
    expect(effectiveSeverity({ severity: 'minor' }, personalHigh)).toBe('minor');
  });

  it('uses the strictest severity for a named model, whose tier is unknown', () => {
    expect(effectiveSeverity(item, null)).toBe('blocker');
  });

  it('hands the resolved severity to the applicable items, so findings count it', () => {
    const items = [makeItem('bias', { severity: 'major', severityByTier: { high: 'blocker' } })];
    expect(splitByApplicability(items, personalHigh).applicable[0]?.severity).toBe('blocker');
    expect(splitByApplicability(items, confidentialMedium).applicable[0]?.severity).toBe('major');
  });
});
