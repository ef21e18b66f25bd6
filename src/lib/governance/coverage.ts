import type { ChecklistItem } from '../../schemas/checklistTemplate';
import type { ReviewAnswer } from '../../schemas/governance';
import { altaiRequirements, nistFunctions, type AltaiRequirement, type NistFunction } from '../../schemas/enums';
import { altaiLabels, nistLabels } from './labels';

/**
 * Coverage of a review by NIST AI RMF function and by ALTAI requirement.
 *
 * For each tag, `applicable` counts the items carrying that tag which apply to the subject and
 * were not marked "not applicable" by the reviewer; `met` counts those answered "met". An item
 * with several tags counts once under each, so the rows do not add up to the item total.
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

export interface Coverage {
  nist: CoverageRow<NistFunction>[];
  altai: CoverageRow<AltaiRequirement>[];
}

export function reviewCoverage(
  applicableItems: readonly ChecklistItem[],
  answers: readonly Pick<ReviewAnswer, 'itemId' | 'status'>[],
): Coverage {
  const status = new Map(answers.map((answer) => [answer.itemId, answer.status]));
  const counted = applicableItems.filter((item) => status.get(item.id) !== 'not-applicable');
  return {
    nist: nistFunctions.map((tag) =>
      row(
        tag,
        nistLabels[tag],
        counted.filter((item) => item.nist.includes(tag)),
        status,
      ),
    ),
    altai: altaiRequirements.map((tag) =>
      row(
        tag,
        altaiLabels[tag],
        counted.filter((item) => item.altai.includes(tag)),
        status,
      ),
    ),
  };
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
