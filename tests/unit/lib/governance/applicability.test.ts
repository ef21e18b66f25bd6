import { describe, expect, it } from 'vitest';
import { describeConditions, itemApplicability, splitByApplicability } from '../../../../src/lib/governance/applicability';
import { confidentialMedium, makeTemplate, personalHigh } from '../../helpers/governance';

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
      reason: 'Applies only when personal data is processed; this use case is classified confidential.',
    });
  });

  it('names every listed classification in the reason', () => {
    const verdict = itemApplicability(
      { dataClassification: ['sensitive', 'personal'] },
      { ...confidentialMedium, dataClassification: 'public' },
    );
    expect(verdict).toEqual({
      applies: false,
      reason: 'Applies only when sensitive or personal data is processed; this use case is classified public.',
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
      'Applies only when personal data is processed; this use case is classified confidential. Applies only to high-risk use cases; this use case is medium risk.',
    );
  });

  it('keeps conditional items for a named model and says the conditions could not be checked', () => {
    const verdict = itemApplicability({ dataClassification: ['personal'], riskTier: ['high'] }, null);
    expect(verdict).toEqual({
      applies: true,
      note: 'Included because the conditions cannot be checked for a named model: it normally applies only when personal data is processed and only to high-risk use cases.',
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
      ['lawful-basis', 'Applies only when personal dat'],
      ['impact-assessment', 'Applies only to high-risk use '],
    ]);
  });

  it('includes every item for a personal-data, high-risk use case and for a named model', () => {
    expect(splitByApplicability(makeTemplate().items, personalHigh).notApplicable).toEqual([]);
    expect(splitByApplicability(makeTemplate().items, null).applicable).toHaveLength(4);
  });
});
