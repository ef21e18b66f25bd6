import type { ChecklistItem } from '../../schemas/checklistTemplate';
import type { ReviewAnswer } from '../../schemas/governance';
import { frameworkIds, type FrameworkId } from '../../schemas/frameworks';
import { frameworkLabels, frameworkTags } from './frameworkLabels';

/**
 * Coverage of a review by each reference framework: NIST AI RMF function, ALTAI requirement,
 * EU AI Act article and ISO/IEC 42001 clause or control group.
 *
 * For each tag, `applicable` counts the items carrying that tag which apply to the subject and
 * were not marked "not applicable" by the reviewer; `met` counts those answered "met". An item
 * with several tags counts once under each, so the rows do not add up to the item total.
 *
 * NIST and ALTAI list every function and requirement, so a gap shows as a row with nothing
 * applicable. The EU AI Act and ISO/IEC 42001 have many articles and clauses, most of which no
 * single checklist touches, so only the tags carried by an applicable item are listed, in the
 * order of the framework.
 */
export interface CoverageRow<Tag extends string = string> {
  tag: Tag;
  label: string;
  met: number;
  partiallyMet: number;
  notMet: number;
  unanswered: number;
  applicable: number;
}

export type Coverage = Record<FrameworkId, CoverageRow[]>;

const listsEveryTag: Record<FrameworkId, boolean> = { nist: true, altai: true, euAiAct: false, iso42001: false };

function tagsOf(item: ChecklistItem, framework: FrameworkId): readonly string[] {
  return item[framework] ?? [];
}

export function reviewCoverage(
  applicableItems: readonly ChecklistItem[],
  answers: readonly Pick<ReviewAnswer, 'itemId' | 'status'>[],
): Coverage {
  const status = new Map(answers.map((answer) => [answer.itemId, answer.status]));
  const counted = applicableItems.filter((item) => status.get(item.id) !== 'not-applicable');
  const coverage = {} as Coverage;
  for (const framework of frameworkIds) {
    const labels: Record<string, string> = frameworkLabels[framework];
    const rows = frameworkTags[framework].map((tag) =>
      row(
        tag,
        labels[tag] ?? tag,
        counted.filter((item) => tagsOf(item, framework).includes(tag)),
        status,
      ),
    );
    const used = new Set(applicableItems.flatMap((item) => tagsOf(item, framework)));
    coverage[framework] = listsEveryTag[framework] ? rows : rows.filter((r) => used.has(r.tag));
  }
  return coverage;
}

function row<Tag extends string>(
  tag: Tag,
  label: string,
  items: readonly ChecklistItem[],
  status: Map<string, ReviewAnswer['status']>,
): CoverageRow<Tag> {
  const result: CoverageRow<Tag> = { tag, label, met: 0, partiallyMet: 0, notMet: 0, unanswered: 0, applicable: items.length };
  for (const item of items) {
    const value = status.get(item.id) ?? null;
    if (value === 'met') result.met += 1;
    else if (value === 'partially-met') result.partiallyMet += 1;
    else if (value === 'not-met') result.notMet += 1;
    else result.unanswered += 1;
  }
  return result;
}
