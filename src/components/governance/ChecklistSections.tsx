import type { BuiltItemText, ChecklistItem } from '../../schemas/checklistTemplate';
import type { ReviewAnswer } from '../../schemas/governance';
import type { AnswerPatch } from '../../stores/governance/answers';
import { SeverityBadge } from './badges';
import { ItemCard } from './ItemCard';
import type { ItemExtras } from './reviewParts';

interface Props {
  items: ChecklistItem[];
  notApplicable: { item: ChecklistItem; reason: string }[];
  answers: Record<string, ReviewAnswer>;
  drafts: Record<string, AnswerPatch>;
  errors: Record<string, string | undefined>;
  editable: boolean;
  printing: boolean;
  builtFor: (itemId: string) => BuiltItemText | null;
  noteFor: (item: ChecklistItem) => string | null;
  /** The cards' notes and evidence part, once loaded. */
  extras: typeof ItemExtras | null;
}

/** The applicable items grouped by section in template order, then the items left out by their conditions. */
export function ChecklistSections({
  items,
  notApplicable,
  answers,
  drafts,
  errors,
  editable,
  printing,
  builtFor,
  noteFor,
  extras,
}: Props) {
  const sections = new Map<string, ChecklistItem[]>();
  for (const item of items) sections.set(item.section, [...(sections.get(item.section) ?? []), item]);

  return (
    <section aria-labelledby="checklist-title">
      <h2 id="checklist-title">Checklist</h2>
      {[...sections].map(([section, sectionItems]) => {
        const answered = sectionItems.filter((item) => answers[item.id]?.status).length;
        const headingId = `section-${slug(section)}`;
        return (
          <section key={section} aria-labelledby={headingId} class="checklist-section">
            <h3 id={headingId} class="section-title">
              {section}{' '}
              <span class="muted section-count">
                {answered} of {sectionItems.length} answered
              </span>
            </h3>
            {sectionItems.map((item) => (
              <ItemCard
                key={item.id}
                item={item}
                stored={answers[item.id]}
                draft={drafts[item.id]}
                error={errors[item.id]}
                editable={editable}
                built={builtFor(item.id)}
                note={noteFor(item)}
                printing={printing}
                extras={extras}
              />
            ))}
          </section>
        );
      })}

      {notApplicable.length > 0 && (
        <section aria-labelledby="conditional-title" class="conditional-items">
          <h3 id="conditional-title">Not applicable to this use case ({notApplicable.length})</h3>
          <p class="hint">
            These items only apply under conditions this use case does not meet, so they are not part of the review.
          </p>
          <ul>
            {notApplicable.map(({ item, reason }) => (
              <li key={item.id}>
                <SeverityBadge severity={item.severity} /> {item.statement}
                <span class="cell-note">{reason}</span>
              </li>
            ))}
          </ul>
        </section>
      )}
    </section>
  );
}

function slug(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}
