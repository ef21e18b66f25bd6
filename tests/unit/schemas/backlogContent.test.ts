import { describe, expect, it } from 'vitest';
import { criterionSchema, weightPresetSchema } from '../../../src/schemas/backlogContent';
import { editable, issuePaths, withoutKey } from '../helpers/issues';

const labels = ['Very low', 'Low', 'Medium', 'High', 'Very high'];

const validCriterion = () =>
  editable({
    id: 'business-value',
    order: 3,
    title: 'Business value',
    question: 'How much value will the use case bring once it runs?',
    inverted: false,
    hint: 'Higher is better: 5 ranks highest.',
    anchors: labels.map((label, index) => ({
      score: index + 1,
      label,
      description: `Observable facts that justify a rating of ${index + 1}.`,
    })),
  });

describe('criterionSchema', () => {
  it('accepts a valid criterion', () => {
    expect(criterionSchema.safeParse(validCriterion()).success).toBe(true);
  });

  it('refuses anchors in the wrong order, naming each misplaced one', () => {
    const criterion = validCriterion();
    criterion.anchors.reverse();
    expect(issuePaths(criterionSchema, criterion)).toEqual([
      'anchors[0].score',
      'anchors[1].score',
      'anchors[3].score',
      'anchors[4].score',
    ]);
  });

  it('refuses anything but five anchors', () => {
    const criterion = validCriterion();
    criterion.anchors.pop();
    expect(issuePaths(criterionSchema, criterion)).toContain('anchors');
  });

  it('refuses a criterion id the backlog does not know', () => {
    expect(issuePaths(criterionSchema, { ...validCriterion(), id: 'risk' })).toEqual(['id']);
  });

  it('refuses unknown keys', () => {
    expect(issuePaths(criterionSchema, { ...validCriterion(), inverse: true })).toEqual(['']);
  });

  it('refuses an anchor rating outside 1 to 5', () => {
    const criterion = validCriterion();
    const last = criterion.anchors[4];
    if (last) last.score = 6;
    expect(issuePaths(criterionSchema, criterion)).toContain('anchors[4].score');
  });
});

const validPreset = () =>
  editable({
    id: 'equal',
    order: 1,
    name: 'Equal weights',
    description: 'Every criterion counts the same.',
    weights: { 'data-availability': 1, feasibility: 1, 'business-value': 1, cost: 1, 'time-to-market': 1 },
  });

describe('weightPresetSchema', () => {
  it('accepts a valid preset', () => {
    expect(weightPresetSchema.safeParse(validPreset()).success).toBe(true);
  });

  it('refuses a weight above 10 or a missing criterion', () => {
    const preset = validPreset();
    preset.weights.cost = 11;
    expect(issuePaths(weightPresetSchema, preset)).toEqual(['weights.cost']);
    const partial = withoutKey(validPreset().weights, 'feasibility');
    expect(issuePaths(weightPresetSchema, { ...validPreset(), weights: partial })).toEqual(['weights.feasibility']);
  });
});
