import type { ChecklistItem, ItemConditions } from '../../schemas/checklistTemplate';
import type { UseCaseSnapshot } from '../../schemas/governance';
import { classificationLabels, listWithOr, riskTierLabels } from './labels';

/**
 * Whether a checklist item applies to what is being reviewed.
 *
 * An item applies when every condition it lists holds for the use case: its data classification
 * is one of those named, and its risk tier is one of those named. An item without conditions
 * always applies.
 *
 * A named model has no classification or risk tier on record, so its conditions cannot be
 * checked. Leaving such items out would hide duties that may well apply, so they stay in the
 * review and the reason says so; the reviewer can still mark one "not applicable" with a
 * justification.
 */
export type Applicability =
  | { applies: true; /** Set when the item was kept because its conditions could not be checked. */ note: string | null }
  | { applies: false; reason: string };

export function itemApplicability(conditions: ItemConditions | undefined, subject: UseCaseSnapshot | null): Applicability {
  const classes = conditions?.dataClassification;
  const tiers = conditions?.riskTier;
  if (!classes && !tiers) return { applies: true, note: null };
  if (subject === null) {
    return {
      applies: true,
      note: `Included because the conditions cannot be checked for a named model: ${describeConditions(conditions)}.`,
    };
  }
  const reasons: string[] = [];
  if (classes && !classes.includes(subject.dataClassification)) {
    reasons.push(
      `Applies only when ${listWithOr(classes.map((c) => classificationLabels[c]))} data is processed; this use case is classified ${classificationLabels[subject.dataClassification]}.`,
    );
  }
  if (tiers && !tiers.includes(subject.riskTier)) {
    reasons.push(`Applies only to ${describeTiers(tiers)} use cases; this use case is ${riskTierLabels[subject.riskTier]} risk.`);
  }
  return reasons.length === 0 ? { applies: true, note: null } : { applies: false, reason: reasons.join(' ') };
}

/** "normally applies only when personal data is processed and only to high-risk use cases" */
export function describeConditions(conditions: ItemConditions | undefined): string {
  const parts: string[] = [];
  if (conditions?.dataClassification) {
    parts.push(`when ${listWithOr(conditions.dataClassification.map((c) => classificationLabels[c]))} data is processed`);
  }
  if (conditions?.riskTier) parts.push(`to ${describeTiers(conditions.riskTier)} use cases`);
  return parts.length === 0 ? 'applies always' : `it normally applies only ${parts.join(' and only ')}`;
}

function describeTiers(tiers: readonly UseCaseSnapshot['riskTier'][]): string {
  return `${listWithOr(tiers.map((tier) => riskTierLabels[tier]))}-risk`;
}

export interface ItemsByApplicability {
  applicable: ChecklistItem[];
  notApplicable: { item: ChecklistItem; reason: string }[];
}

/** Splits a template's items, keeping template order in both lists. */
export function splitByApplicability(items: readonly ChecklistItem[], subject: UseCaseSnapshot | null): ItemsByApplicability {
  const result: ItemsByApplicability = { applicable: [], notApplicable: [] };
  for (const item of items) {
    const verdict = itemApplicability(item.conditions, subject);
    if (verdict.applies) result.applicable.push(item);
    else result.notApplicable.push({ item, reason: verdict.reason });
  }
  return result;
}
