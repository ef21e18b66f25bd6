import { describe, expect, it } from 'vitest';
import { checklistTemplateSchema } from '../../../src/schemas/checklistTemplate';
import { editable, issuePaths } from '../helpers/issues';

const item = (id: string) => ({
  id,
  section: 'Fairness',
  statement: `The ${id} duty is met and written down.`,
  guidance: 'Read the document and check that it names an owner and a date.',
  severity: 'major',
  evidence: 'A signed-off document with owner and date.',
  nist: ['govern'],
  altai: ['accountability'],
});

const valid = () =>
  editable({
    id: 'responsible-ai',
    version: '1.0.0',
    title: 'Responsible AI',
    summary: 'Checks that a model treats people fairly.',
    items: [item('bias-tested'), { ...item('purpose-agreed'), conditions: { riskTier: ['high'] } }],
  });

describe('checklistTemplateSchema', () => {
  it('accepts a valid template, with and without conditions', () => {
    expect(checklistTemplateSchema.safeParse(valid()).success).toBe(true);
  });

  it('refuses an item id used twice, naming the second one', () => {
    const template = valid();
    template.items.push(item('bias-tested'));
    const result = checklistTemplateSchema.safeParse(template);
    expect(result.error?.issues.map((issue) => [issue.path.join('.'), issue.message])).toEqual([
      ['items.2.id', 'duplicate item id "bias-tested"'],
    ]);
  });

  it('refuses a severity it does not know', () => {
    const template = valid();
    template.items[0] = { ...item('bias-tested'), severity: 'critical' };
    expect(issuePaths(checklistTemplateSchema, template)).toEqual(['items[0].severity']);
  });

  it('refuses a NIST AI RMF function it does not know', () => {
    const template = valid();
    template.items[1] = { ...item('purpose-agreed'), nist: ['govern', 'monitor'] };
    expect(issuePaths(checklistTemplateSchema, template)).toEqual(['items[1].nist[1]']);
  });

  it('refuses an unknown condition and an empty condition list', () => {
    const template = valid();
    template.items[0] = { ...item('bias-tested'), conditions: { region: ['eu'] } } as unknown as ReturnType<typeof item>;
    expect(issuePaths(checklistTemplateSchema, template)).toEqual(['items[0].conditions']);
    template.items[0] = { ...item('bias-tested'), conditions: { riskTier: [] } } as unknown as ReturnType<typeof item>;
    expect(issuePaths(checklistTemplateSchema, template)).toEqual(['items[0].conditions.riskTier']);
  });

  it('refuses a template without items', () => {
    expect(issuePaths(checklistTemplateSchema, { ...valid(), items: [] })).toEqual(['items']);
  });
});
