import { useStore } from '@nanostores/preact';
import { useEffect, useState } from 'preact/hooks';
import { itemApplicability } from '../../lib/governance/applicability';
import { $answerDrafts, $itemErrors, commitAllText, resetDrafts } from '../../stores/governance/answers';
import {
  $blocking,
  $findings,
  $history,
  $progress,
  $review,
  $reviewAnswers,
  $reviewLoad,
  $reviewer,
  $revisions,
  $split,
  $useCase,
  openReview,
} from '../../stores/governance/review';
import type { BuiltItemText } from '../../schemas/checklistTemplate';
import { SaveStatus } from '../SaveStatus';
import { reviewUrl } from '../urls';
import { ChecklistSections } from './ChecklistSections';
import { HistoryIndicator } from './HistoryIndicator';
import { ReviewerName } from './ReviewerName';
import { ReviewHeader, subjectName } from './ReviewHeader';
import { SummaryPanel } from './SummaryPanel';
import { usePrinting } from './usePrinting';
import { PageState } from '../PageState';
import { LazyPart } from '../LazyPart';
import { Loading } from '../Loading';
import { useDeferred, type Lazy } from '../useLazy';

type Loaded = typeof import('./reviewParts');
type ReviewParts = { [Name in keyof Loaded]: Loaded[Name] | null };
/** An open review shows before its parts arrive: its cards load them on demand. */
const withoutParts: Lazy<ReviewParts> = { module: { ItemExtras: null, SignOffRecord: null, MarkdownView: null }, failed: false };

interface Props {
  /** Guidance and references of the built-in checklists' items, made at build, keyed "templateId@version/itemId". */
  builtText: Record<string, BuiltItemText>;
}

/** One revision of a review: the checklist, the summary, the decision and the history. */
export function ReviewView({ builtText }: Props) {
  const load = useStore($reviewLoad);
  const review = useStore($review);
  const revisions = useStore($revisions);
  const answers = useStore($reviewAnswers);
  const drafts = useStore($answerDrafts);
  const errors = useStore($itemErrors);
  const split = useStore($split);
  const progress = useStore($progress);
  const blocking = useStore($blocking);
  const allFindings = useStore($findings);
  const history = useStore($history);
  const useCase = useStore($useCase);
  const reviewer = useStore($reviewer);
  const printing = usePrinting();
  // "Print the review record" asks for every deferred part and prints once they are on the page.
  const [printAsked, setPrintAsked] = useState(false);
  const firstScreen = review !== null && history !== null;
  const record = useDeferred(() => import('./ReviewRecord'), printAsked, firstScreen);
  // A signed-off revision and a printout show every item's notes and evidence and the recorded
  // decision from the start, so they wait for these parts; an open review shows without them.
  const readOnly = review !== null && review.status !== 'in-review';
  const parts = useDeferred(() => import('./reviewParts'), readOnly || printing || printAsked, firstScreen);
  const settled = (lazy: Lazy<unknown>) => lazy.module !== null || lazy.failed;
  useEffect(() => {
    if (!printAsked || !settled(parts) || !settled(record)) return;
    setPrintAsked(false);
    window.print();
  }, [printAsked, parts.module, parts.failed, record.module, record.failed]);
  const [id, setId] = useState<string | null | undefined>(undefined);

  useEffect(() => {
    const found = new URLSearchParams(window.location.search).get('id');
    setId(found);
    if (found) void openReview(found);
    // Text still waiting for its pause is stored when the person leaves the page.
    const leave = () => void commitAllText();
    window.addEventListener('pagehide', leave);
    return () => window.removeEventListener('pagehide', leave);
  }, []);

  useEffect(() => {
    // The tab and the browser history name the review, not just "Governance review".
    if (review)
      document.title = `${subjectName(review, useCase)}, revision ${review.revision} · Governance review · MLOps Maturity Portal`;
  }, [review?.id, review?.revision, useCase?.title]);

  const state = (
    <PageState
      id={id}
      load={load}
      what="the review"
      missingTitle="Review not found"
      missingReason="This review is not stored in this browser. It may have been made in another browser, or the workspace was replaced."
      back={{ href: '/governance/', label: 'Go to the governance reviews' }}
    />
  );
  if (id === undefined || id === null || load.kind !== 'ready') return state;
  // The page shows once the history is checked too: the verdict line is part of its first screen.
  if (!review || !history) return <Loading>Opening the review…</Loading>;

  const editable = review.status === 'in-review';
  const builtFor = (itemId: string) => builtText[`${review.template.id}@${review.template.version}/${itemId}`] ?? null;

  const view = (loaded: ReviewParts) => (
    <div class="review">
      <ReviewHeader
        review={review}
        revisions={revisions}
        useCase={useCase}
        blocking={blocking.length}
        signOffRecord={loaded.SignOffRecord}
      />
      <div class="review-status-line">
        <HistoryIndicator check={history} />
        {review.status === 'in-review' && <SaveStatus />}
      </div>
      <div class="review-layout">
        <SummaryPanel
          progress={progress}
          blocking={blocking}
          otherFindings={allFindings.length - blocking.length}
          editable={editable}
          onPrint={() => setPrintAsked(true)}
        />
        <div class="review-main">
          {editable && <ReviewerName value={reviewer} />}
          <ChecklistSections
            items={split.applicable}
            notApplicable={split.notApplicable}
            answers={answers}
            drafts={drafts}
            errors={errors}
            editable={editable}
            printing={printing}
            builtFor={builtFor}
            noteFor={(item) => {
              const verdict = itemApplicability(item.conditions, review.useCaseSnapshot);
              return verdict.applies ? verdict.note : null;
            }}
            extras={loaded.ItemExtras}
          />
          <LazyPart lazy={record} what="the decision and history">
            {({ ReviewRecord }) => <ReviewRecord printing={printing} onReopened={(next) => void reopened(next)} />}
          </LazyPart>
        </div>
      </div>
      <a class="mobile-summary no-print" href="#summary-title">
        {progress.answered} of {progress.applicable} answered ·{' '}
        <span class={blocking.length > 0 ? 'bad-text' : ''}>
          {blocking.length} blocking {blocking.length === 1 ? 'finding' : 'findings'}
        </span>
      </a>
    </div>
  );

  async function reopened(newId: string) {
    resetDrafts();
    window.history.pushState(null, '', reviewUrl(newId));
    await openReview(newId);
    document.getElementById('review-title')?.focus();
  }

  // One tree in both states, so signing off in place keeps focus and what the record shows.
  const shown: Lazy<ReviewParts> = editable && !parts.module ? withoutParts : parts;
  return (
    <LazyPart lazy={shown} what="the review">
      {(loaded) => view(loaded)}
    </LazyPart>
  );
}
