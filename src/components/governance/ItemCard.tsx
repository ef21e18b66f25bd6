import { useState } from 'preact/hooks';
import type { BuiltItemText, ChecklistItem } from '../../schemas/checklistTemplate';
import type { ReviewAnswer } from '../../schemas/governance';
import { itemStatusLabels } from '../../lib/governance/labels';
import { NAME_REQUIRED } from '../../lib/governance/answerFields';
import { shownAnswer, type AnswerPatch } from '../../stores/governance/answers';
import { formatDateTime } from '../format';
import { useLazy, useOnDemand, type Lazy } from '../useLazy';
import { memo } from '../memo';
import { LazyPart } from '../LazyPart';
import { Loading } from '../Loading';
import type { ItemExtras as Extras } from './reviewParts';
import { SeverityBadge } from './badges';
import { ItemStatusChoice } from './ItemStatusChoice';

interface Props {
  item: ChecklistItem;
  stored: ReviewAnswer | undefined;
  draft: AnswerPatch | undefined;
  error: string | undefined;
  editable: boolean;
  /**
   * The guidance (HTML) and references of a built-in template's item, made at build; null for an
   * imported template, whose guidance and references are worked out in the browser.
   */
  built: BuiltItemText | null;
  /** Why a conditional item is included although its conditions could not be checked. */
  note: string | null;
  printing: boolean;
  /** The notes and evidence part once the page has loaded it (after the checklist is on screen). */
  extras: typeof Extras | null;
}

/** One checklist item: the duty, how to check it, the finding with its justification, notes and evidence. */
export const ItemCard = memo(function ItemCard({ item, stored, draft, error, editable, built, note, printing, extras }: Props) {
  const [open, setOpen] = useState(false);
  const [guidanceOpen, setGuidanceOpen] = useState(false);
  const refs = useLazy(() => import('../../lib/frameworkRefs'), built === null);
  const references = built?.references ?? refs?.referencesLine(item) ?? '';
  const answer = shownAnswer(stored, draft);
  const status = stored?.status ?? null;
  const notes = answer.notes ?? '';
  const evidence = answer.evidence ?? [];
  const detailsId = `item-${item.id}-details`;
  const showDetails = printing || open || !editable;
  // The page's deferred parts, asked for by this card when it needs them first: notes and evidence
  // opened before the page has loaded them, or an imported template's Markdown guidance.
  const own = useOnDemand(() => import('./reviewParts'), (showDetails && extras === null) || (guidanceOpen && built === null));
  const part: Lazy<{ ItemExtras: typeof Extras }> = extras ? { module: { ItemExtras: extras }, failed: false } : own;
  const markdown = own.module;
  const statusClass = answer.status ? ` status-${answer.status}` : ' status-open';

  return (
    <article class={`item-card${statusClass}`} id={`item-${item.id}`} aria-labelledby={`item-${item.id}-title`}>
      <div class="item-head">
        <h4 id={`item-${item.id}-title`} tabIndex={-1}>
          {item.statement}
        </h4>
        <p class="item-tags">
          <SeverityBadge severity={item.severity} />
          <span class="frameworks">{references}</span>
        </p>
      </div>
      {note && <p class="hint">{note}</p>}
      <details class="guidance no-print" onToggle={(event) => setGuidanceOpen(event.currentTarget.open)}>
        <summary>How to check it</summary>
        {built !== null ? (
          // Build-time HTML from the portal's own content, rendered with raw HTML off.
          <div class="prose" dangerouslySetInnerHTML={{ __html: built.guidanceHtml }} />
        ) : markdown ? (
          <markdown.MarkdownView text={item.guidance} />
        ) : (
          <Loading>Opening the guidance…</Loading>
        )}
      </details>
      <p class="expected">
        <strong>Evidence to expect:</strong> {item.evidence}
      </p>

      {editable && !printing ? (
        <ItemStatusChoice
          itemId={item.id}
          stored={status}
          current={answer.status ?? null}
          justification={answer.justification ?? ''}
          error={error}
        />
      ) : (
        <p class="recorded-status">
          <strong>Finding:</strong> {status ? itemStatusLabels[status] : 'Not answered'}
        </p>
      )}
      {(!editable || printing) && status === 'not-applicable' && (
        <p>
          <strong>Justification:</strong> {stored?.justification}
        </p>
      )}
      {error && answer.status !== 'not-applicable' && (
        <p class="error-text" role="alert">
          {error}
          {error === NAME_REQUIRED && (
            <>
              {' '}
              <a href="#reviewer-name">Enter your name</a>
            </>
          )}
        </p>
      )}
      {stored?.answeredBy && (
        <p class="answered-by muted">
          Last changed by {stored.answeredBy}, {formatDateTime(stored.answeredAt)}
        </p>
      )}

      {editable && !printing && (
        <button
          type="button"
          class="link disclosure"
          aria-expanded={open}
          aria-controls={detailsId}
          onClick={() => setOpen(!open)}
        >
          {open ? 'Hide notes and evidence' : `Notes and evidence${describeExtras(notes, evidence.length)}`}
        </button>
      )}
      {showDetails && (
        <div id={detailsId} class="item-extras">
          <LazyPart lazy={part} what="the notes and evidence">
            {({ ItemExtras }) => <ItemExtras item={item} notes={notes} evidence={evidence} editing={editable && !printing} />}
          </LazyPart>
        </div>
      )}
    </article>
  );
});

function describeExtras(notes: string, links: number): string {
  const parts = [
    notes.trim() !== '' ? 'notes written' : '',
    links > 0 ? `${links} evidence ${links === 1 ? 'link' : 'links'}` : '',
  ].filter(Boolean);
  return parts.length === 0 ? '' : ` (${parts.join(', ')})`;
}
