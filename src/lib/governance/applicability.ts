import type { ChecklistItem, ItemConditions } from '../../schemas/checklistTemplate';
import type { UseCaseSnapshot } from '../../schemas/governance';
import type { DataClassification, RiskTier, Severity } from '../../schemas/enums';
import { classificationLabels, listWithOr, riskTierLabels } from './labels';

/**
 * Whether a checklist item applies to what is being reviewed.
 *
 * An item applies when the conditions it lists hold for the use case: its data classification
 * is one of those named, and its risk tier is one of those named. By default every condition
 * must hold; an item marked `match: any` applies when either does (a duty that arises from the
 * data or from the tier). An item without conditions always applies.
 *
 * Sensitive data (health, biometrics, beliefs...) is personal data of a special kind, so an item
 * that names personal data applies to sensitive data too, and its reason says so. Only one
 * classification is stored per use case: the most protective one that describes its data.
 *
 * A named model has no classification or risk tier on record, so its conditions cannot be
 * checked. Leaving such items out would hide duties that may well apply, so they stay in the
 * review and the reason says so; the reviewer can still mark one "not applicable" with a
 * justification.
 */
type Applicability =
  | { applies: true; /** Set when the item was kept because its conditions could not be checked. */ note: string | null }
  | { applies: false; reason: string };

/** The classifications a condition list covers once "personal" is read as including sensitive data. */
export function coveredClassifications(listed: readonly DataClassification[]): DataClassification[] {
  const covered = new Set(listed);
  if (covered.has('personal')) covered.add('sensitive');
  return (['public', 'confidential', 'personal', 'sensitive'] as const).filter((c) => covered.has(c));
}

export function itemApplicability(conditions: ItemConditions | undefined, subject: UseCaseSnapshot | null): Applicability {
  const classes = conditions?.dataClassification ? coveredClassifications(conditions.dataClassification) : undefined;
  const tiers = conditions?.riskTier;
  if (!classes && !tiers) return { applies: true, note: null };
  if (subject === null) {
    return {
      applies: true,
      note: `Included because the conditions cannot be checked for a named model: ${describeConditions(conditions)}.`,
    };
  }
  const classHolds = !classes || classes.includes(subject.dataClassification);
  const tierHolds = !tiers || tiers.includes(subject.riskTier);
  const holds = conditions?.match === 'any' ? classHolds || tierHolds : classHolds && tierHolds;
  if (holds) return { applies: true, note: null };
  const reasons: string[] = [];
  if (classes && !classHolds) {
    reasons.push(
      `Applies only when ${describeClasses(classes)} data is processed; this use case is classified ${classificationLabels[subject.dataClassification]}.`,
    );
  }
  if (tiers && !tierHolds) {
    reasons.push(`Applies only to ${describeTiers(tiers)} use cases; this use case is ${riskTierLabels[subject.riskTier]} risk.`);
  }
  if (conditions?.match === 'any') return { applies: false, reason: `Neither condition holds. ${reasons.join(' ')}` };
  return { applies: false, reason: reasons.join(' ') };
}

/** "it normally applies only when personal or sensitive data is processed and only to high-risk use cases" */
export function describeConditions(conditions: ItemConditions | undefined): string {
  const parts: string[] = [];
  if (conditions?.dataClassification) {
    parts.push(`when ${describeClasses(coveredClassifications(conditions.dataClassification))} data is processed`);
  }
  if (conditions?.riskTier) parts.push(`to ${describeTiers(conditions.riskTier)} use cases`);
  if (parts.length === 0) return 'applies always';
  return conditions?.match === 'any'
    ? `it normally applies ${parts.join(', or ')}`
    : `it normally applies only ${parts.join(' and only ')}`;
}

function describeClasses(classes: readonly DataClassification[]): string {
  return listWithOr(classes.map((c) => classificationLabels[c]));
}

function describeTiers(tiers: readonly RiskTier[]): string {
  return `${listWithOr(tiers.map((tier) => riskTierLabels[tier]))}-risk`;
}

const strictness: Record<Severity, number> = { blocker: 0, major: 1, minor: 2 };

/**
 * The severity an item carries for this subject: its tier override where one is set for the
 * subject's tier, otherwise its base severity. For a named model the tier is unknown, so the
 * strictest severity the item can carry applies: a reviewer may not release a model more easily
 * by leaving out the use case.
 */
export function effectiveSeverity(
  item: Pick<ChecklistItem, 'severity' | 'severityByTier'>,
  subject: UseCaseSnapshot | null,
): Severity {
  const overrides = item.severityByTier;
  if (!overrides) return item.severity;
  if (subject === null) {
    const candidates = [item.severity, overrides.low, overrides.medium, overrides.high].filter(
      (severity): severity is Severity => severity !== undefined,
    );
    return candidates.reduce((a, b) => (strictness[b] < strictness[a] ? b : a));
  }
  return overrides[subject.riskTier] ?? item.severity;
}

interface ItemsByApplicability {
  /** The items that apply, each carrying the severity it has for this subject. */
  applicable: ChecklistItem[];
  notApplicable: { item: ChecklistItem; reason: string }[];
}

/** Splits a template's items, keeping template order in both lists. */
export function splitByApplicability(items: readonly ChecklistItem[], subject: UseCaseSnapshot | null): ItemsByApplicability {
  const result: ItemsByApplicability = { applicable: [], notApplicable: [] };
  for (const item of items) {
    const verdict = itemApplicability(item.conditions, subject);
    const severity = effectiveSeverity(item, subject);
    const resolved = severity === item.severity ? item : { ...item, severity };
    if (verdict.applies) result.applicable.push(resolved);
    else result.notApplicable.push({ item: resolved, reason: verdict.reason });
  }
  return result;
}
