// What an auditor expects from the shipped checklists, for each data classification and risk tier.
import { describe, expect, it } from 'vitest';
import { splitByApplicability } from '../../../src/lib/governance/applicability';
import type { ChecklistItem } from '../../../src/schemas/checklistTemplate';
import { dataClassifications, riskTiers } from '../../../src/schemas/enums';
import type { UseCaseSnapshot } from '../../../src/schemas/governance';
import { loadChecklists } from '../helpers/loadChecklists';

const templates = loadChecklists();
const byId = new Map(templates.map((template) => [template.id, template]));

type Classification = UseCaseSnapshot['dataClassification'];
type Tier = UseCaseSnapshot['riskTier'];

/** The item as it applies to a use case with this classification and tier, or null when set aside. */
function resolve(ref: string, dataClassification: Classification, riskTier: Tier): ChecklistItem | null {
  const [templateId, itemId] = ref.split('/');
  const template = byId.get(templateId ?? '');
  if (!template) throw new Error(`no template ${templateId}`);
  if (!template.items.some((item) => item.id === itemId)) throw new Error(`no item ${ref}`);
  const { applicable } = splitByApplicability(template.items, { title: 'Case', dataClassification, riskTier });
  return applicable.find((item) => item.id === itemId) ?? null;
}

// One row per condition: classification, tier, item, and the severity it must carry (null: set aside).
const expectations: [Classification, Tier, string, ChecklistItem['severity'] | null][] = [
  // Sensitive data is personal data: every personal-data duty applies to it.
  ['sensitive', 'low', 'data-governance/lawful-basis-recorded', 'blocker'],
  ['sensitive', 'low', 'data-governance/consent-scope-respected', 'major'],
  ['sensitive', 'low', 'data-governance/data-minimised', 'major'],
  ['sensitive', 'low', 'data-governance/data-subject-rights-handled', 'major'],
  ['sensitive', 'low', 'responsible-ai/explanation-for-individuals', 'major'],
  ['sensitive', 'medium', 'data-governance/data-protection-impact-assessment', 'blocker'],
  ['personal', 'medium', 'data-governance/data-protection-impact-assessment', 'blocker'],
  ['personal', 'low', 'data-governance/data-protection-impact-assessment', null],
  ['confidential', 'high', 'data-governance/data-protection-impact-assessment', null],
  ['public', 'low', 'data-governance/lawful-basis-recorded', null],
  ['confidential', 'medium', 'data-governance/lawful-basis-recorded', null],
  ['personal', 'low', 'data-governance/lawful-basis-recorded', 'blocker'],
  // Segregation of sensitive attributes is at least major, a blocker at high risk.
  ['sensitive', 'low', 'data-governance/sensitive-attributes-segregated', 'major'],
  ['personal', 'high', 'data-governance/sensitive-attributes-segregated', 'blocker'],
  ['confidential', 'high', 'data-governance/sensitive-attributes-segregated', null],
  // Human review and a route to contest follow the data, whatever the tier, and every high tier.
  ['personal', 'low', 'responsible-ai/human-review-of-significant-decisions', 'blocker'],
  ['sensitive', 'low', 'responsible-ai/human-review-of-significant-decisions', 'blocker'],
  ['confidential', 'high', 'responsible-ai/human-review-of-significant-decisions', 'blocker'],
  ['confidential', 'medium', 'responsible-ai/human-review-of-significant-decisions', null],
  ['public', 'low', 'responsible-ai/human-review-of-significant-decisions', null],
  ['personal', 'low', 'responsible-ai/contest-route-available', 'major'],
  ['sensitive', 'medium', 'responsible-ai/contest-route-available', 'major'],
  ['public', 'high', 'responsible-ai/contest-route-available', 'blocker'],
  ['confidential', 'low', 'responsible-ai/contest-route-available', null],
  // Bias audit and subgroup fairness metrics block a high-risk release.
  ['confidential', 'high', 'responsible-ai/bias-audit-data', 'blocker'],
  ['personal', 'medium', 'responsible-ai/bias-audit-data', 'major'],
  ['public', 'high', 'responsible-ai/fairness-metrics-by-group', 'blocker'],
  ['personal', 'low', 'responsible-ai/fairness-metrics-by-group', 'major'],
  ['personal', 'high', 'responsible-ai/impact-assessment-completed', 'blocker'],
  ['personal', 'medium', 'responsible-ai/impact-assessment-completed', null],
  // Independent validation: required from medium, a blocker where the tier is high.
  ['confidential', 'high', 'model-validation/independent-validation', 'blocker'],
  ['confidential', 'medium', 'model-validation/independent-validation', 'major'],
  ['confidential', 'low', 'model-validation/independent-validation', null],
  ['public', 'high', 'model-validation/audit-pack-retained', 'major'],
  ['public', 'medium', 'model-validation/audit-pack-retained', null],
  ['public', 'high', 'production-readiness/resilience-and-recovery', 'major'],
  // Logs make a high-risk decision checkable afterwards; a live model always needs an owner.
  ['confidential', 'high', 'production-readiness/predictions-logged', 'blocker'],
  ['confidential', 'medium', 'production-readiness/predictions-logged', 'major'],
  ['public', 'low', 'production-readiness/ownership-and-retirement', 'major'],
  ['personal', 'high', 'responsible-ai/operators-trained', 'major'],
  ['personal', 'medium', 'responsible-ai/operators-trained', 'minor'],
  ['confidential', 'high', 'model-validation/labelling-quality-documented', 'major'],
  // Generative AI: leakage of personal data only where there is personal data to leak.
  ['personal', 'low', 'generative-ai/personal-data-not-leaked', 'blocker'],
  ['sensitive', 'low', 'generative-ai/personal-data-not-leaked', 'blocker'],
  ['confidential', 'high', 'generative-ai/personal-data-not-leaked', null],
  ['confidential', 'low', 'generative-ai/prompt-injection-tested', 'blocker'],
  ['confidential', 'high', 'generative-ai/agent-actions-limited', 'blocker'],
  ['confidential', 'medium', 'generative-ai/agent-actions-limited', 'major'],
  // The EU AI Act high-risk checklist applies to the high tier only.
  ['confidential', 'high', 'eu-ai-act-high-risk/risk-management-system', 'blocker'],
  ['public', 'high', 'eu-ai-act-high-risk/serious-incidents-reported', 'blocker'],
  ['personal', 'medium', 'eu-ai-act-high-risk/risk-management-system', null],
  ['sensitive', 'low', 'eu-ai-act-high-risk/human-oversight-designed-in', null],
];

describe('shipped checklist conditions', () => {
  it.each(expectations)('%s data at %s risk: %s is %s', (classification, tier, ref, severity) => {
    const item = resolve(ref, classification, tier);
    expect(item?.severity ?? null).toBe(severity);
  });

  it.each(dataClassifications.flatMap((c) => riskTiers.map((t) => [c, t] as const)))(
    '%s data at %s risk: every personal-data duty also covers sensitive data, and nothing is dropped by a higher tier',
    (classification, tier) => {
      for (const template of templates) {
        const applies = (c: Classification, t: Tier) =>
          new Set(splitByApplicability(template.items, { title: 'x', dataClassification: c, riskTier: t }).applicable.map((i) => i.id));
        const here = applies(classification, tier);
        if (classification === 'personal') for (const id of here) expect(applies('sensitive', tier)).toContain(id);
        if (tier !== 'high') for (const id of here) expect(applies(classification, tier === 'low' ? 'medium' : 'high')).toContain(id);
      }
    },
  );
});

describe('every shipped item', () => {
  const items = templates.flatMap((template) => template.items.map((item) => ({ template: template.id, item })));

  it('has a severity, expected evidence and at least one framework tag', () => {
    for (const { item } of items) {
      expect(['blocker', 'major', 'minor']).toContain(item.severity);
      expect(item.evidence.length).toBeGreaterThan(15);
      expect(item.nist.length + item.altai.length + (item.euAiAct?.length ?? 0) + (item.iso42001?.length ?? 0)).toBeGreaterThan(0);
    }
  });

  it('names its article in the EU AI Act checklist', () => {
    for (const { template, item } of items.filter((entry) => entry.template === 'eu-ai-act-high-risk')) {
      expect(item.euAiAct?.length, `${template}/${item.id}`).toBeGreaterThan(0);
      expect(item.conditions?.riskTier, `${template}/${item.id}`).toEqual(['high']);
    }
  });

  it('is never met by the sign-off of the review it sits in', () => {
    const selfReferring = /\bthis (checklist|review)\b[^.]*\b(signed|sign-off|approv|decision)/i;
    for (const { template, item } of items) expect(item.statement, `${template}/${item.id}`).not.toMatch(selfReferring);
  });

  it('leaves the generative-AI checklist with at least twelve items', () => {
    expect(byId.get('generative-ai')?.items.length).toBeGreaterThanOrEqual(12);
  });
});
