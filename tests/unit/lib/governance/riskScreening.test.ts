import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { screeningAuditChange, screeningRecord, suggestTier } from '../../../../src/lib/governance/riskScreening';
import { riskScreeningSchema } from '../../../../src/schemas/riskScreening';
import { screeningRecordSchema } from '../../../../src/schemas/riskScreening';

const screening = riskScreeningSchema.parse(
  parse(readFileSync(join(process.cwd(), 'content/governance/risk-screening.yaml'), 'utf8')),
);

/** For every question, the answer that raises nothing. */
const calm: Record<string, string> = Object.fromEntries(
  screening.questions.map((question) => [question.id, question.answers.find((answer) => !answer.tier)?.id ?? '']),
);

// Example use cases and the tier a reviewer would expect the screening to suggest.
const examples = [
  { name: 'Demand forecast for warehouse stock', data: 'confidential', answers: {}, tier: 'low' },
  { name: 'Invoice field extraction for customs', data: 'confidential', answers: { scale: 'thousands' }, tier: 'low' },
  { name: 'Triage notes summarised for nurses', data: 'sensitive', answers: { safety: 'indirect' }, tier: 'medium' },
  {
    name: 'Customer-service chat assistant',
    data: 'personal',
    answers: { 'public-interaction': 'yes', scale: 'many' },
    tier: 'medium',
  },
  {
    name: 'Benefit-fraud risk score for caseworkers',
    data: 'personal',
    answers: { 'decisions-about-people': 'informs', 'vulnerable-groups': 'yes', reversibility: 'with-effort' },
    tier: 'high',
  },
  {
    name: 'CV screening for hiring',
    data: 'personal',
    answers: { 'high-risk-area': 'yes', 'decisions-about-people': 'informs' },
    tier: 'high',
  },
  { name: 'Automatic credit limit decisions', data: 'personal', answers: { 'decisions-about-people': 'decides' }, tier: 'high' },
  { name: 'Predictive maintenance on a gas network', data: 'confidential', answers: { safety: 'direct' }, tier: 'high' },
  { name: 'Emotion detection in job interviews', data: 'sensitive', answers: { 'prohibited-practice': 'yes' }, tier: 'high' },
  {
    name: 'Marketing copy generator, not yet checked',
    data: 'public',
    answers: { 'prohibited-practice': 'unsure' },
    tier: 'high',
  },
] as const;

describe('suggestTier', () => {
  it.each(examples)('$name → $tier', ({ data, answers, tier }) => {
    const suggestion = suggestTier(screening, { ...calm, ...answers }, data);
    expect(suggestion.complete && suggestion.tier).toBe(tier);
  });

  it('gives one reason per answer that raised the tier, and a reason when nothing did', () => {
    const suggestion = suggestTier(screening, { ...calm, 'decisions-about-people': 'informs', scale: 'many' }, 'personal');
    expect(suggestion.complete && suggestion.reasons.map((reason) => reason.tier)).toEqual(['medium', 'medium']);
    const low = suggestTier(screening, calm, 'public');
    expect(low.complete && low.reasons).toEqual([
      { tier: 'low', text: 'No answer points to significant effects on people, safety, scale or vulnerable groups.' },
    ]);
  });

  it('says when three medium signals add up to high', () => {
    const suggestion = suggestTier(
      screening,
      { ...calm, scale: 'many', 'vulnerable-groups': 'yes', reversibility: 'hardly' },
      'confidential',
    );
    expect(suggestion.complete && suggestion.tier).toBe('high');
    expect(suggestion.complete && suggestion.reasons.at(-1)?.text).toMatch(/^3 factors each call for medium risk/);
  });

  it('marks a possibly prohibited practice with a stop', () => {
    const suggestion = suggestTier(screening, { ...calm, 'prohibited-practice': 'yes' }, 'public');
    expect(suggestion.complete && suggestion.prohibited).toBe(true);
  });

  it('suggests nothing until every question is answered', () => {
    const partial = Object.fromEntries(Object.entries(calm).filter(([question]) => question !== 'safety'));
    expect(suggestTier(screening, partial, 'public')).toEqual({ complete: false, unanswered: ['safety'] });
    expect(suggestTier(screening, { ...calm, safety: 'maybe' }, 'public')).toEqual({ complete: false, unanswered: ['safety'] });
  });
});

describe('screeningRecord', () => {
  const decision = { decidedBy: 'Ana Ruiz', decidedAt: '2026-11-24T15:00:00.000Z', justification: '' };
  /** A direct safety risk, so high is suggested, and the person accepts it. */
  const acceptedHigh = () =>
    screeningRecord(
      screening,
      { ...calm, safety: 'direct' },
      { dataClassification: 'public' },
      { ...decision, decidedTier: 'high' },
    );

  it('records the suggestion when the person accepts it, and the record passes its schema', () => {
    const result = acceptedHigh();
    expect('record' in result).toBe(true);
    if (!('record' in result)) return;
    expect(result.record).toMatchObject({ suggestedTier: 'high', decidedTier: 'high', justification: '' });
    expect(screeningRecordSchema.safeParse(result.record).success).toBe(true);
  });

  it('needs a justification to overrule the suggestion, and a name', () => {
    const overrule = screeningRecord(
      screening,
      calm,
      { dataClassification: 'public' },
      {
        ...decision,
        decidedBy: ' ',
        decidedTier: 'medium',
      },
    );
    expect(overrule).toEqual({
      problems: {
        justification: 'say why the tier should be medium rather than the suggested low (at least a sentence)',
        decidedBy: 'enter your name, so the decision has an owner',
      },
    });
    const justified = screeningRecord(
      screening,
      calm,
      { dataClassification: 'public' },
      {
        ...decision,
        decidedTier: 'medium',
        justification: 'The board asked for a medium-tier review of every pricing model.',
      },
    );
    expect('record' in justified && justified.record.decidedTier).toBe('medium');
  });

  it('refuses a record with unanswered questions', () => {
    expect(screeningRecord(screening, {}, { dataClassification: 'public' }, { ...decision, decidedTier: 'low' })).toEqual({
      problems: { answers: `answer every question first (${screening.questions.length} left)` },
    });
  });

  it('describes the change of tier for the audit history', () => {
    const result = acceptedHigh();
    if (!('record' in result)) throw new Error('expected a record');
    expect(screeningAuditChange({ riskTier: 'low' }, result.record)).toMatchObject({
      before: { riskTier: 'low', suggestedTier: null },
      after: { riskTier: 'high', suggestedTier: 'high', justification: '' },
    });
  });
});
