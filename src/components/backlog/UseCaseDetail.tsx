import { useStore } from '@nanostores/preact';
import { useEffect, useState } from 'preact/hooks';
import type { Criterion, WeightPreset } from '../../schemas/backlogContent';
import type { Capability } from '../../schemas/questionnaire';
import type { RiskScreening } from '../../schemas/riskScreening';
import { classificationLabels, familyLabels, riskTierLabels, statusLabels } from '../../lib/backlog/labels';
import { $backlogLoad, $ratings, $useCases, loadBacklog, provideBacklogContent } from '../../stores/backlog/backlog';
import { $activeProfile } from '../../stores/backlog/activeProfile';
import { $evaluation } from '../../stores/backlog/ranking';
import { MarkdownView } from '../MarkdownView';
import { SaveStatus } from '../SaveStatus';
import { BreakdownTable } from './BreakdownTable';
import { RankSummary } from './RankSummary';
import { UndoNotice } from './UndoNotice';
import { PageState } from '../PageState';
import { withBase } from '../urls';
import { LazyPart } from '../LazyPart';
import { useDeferred } from '../useLazy';

interface Props {
  criteria: Criterion[];
  presets: WeightPreset[];
  capabilities: Pick<Capability, 'id' | 'dimension' | 'weight'>[];
  screening: RiskScreening;
}

/** One use case: where it ranks and why, its raters and their ratings, and its details. */
export function UseCaseDetail({ criteria, presets, capabilities, screening }: Props) {
  const load = useStore($backlogLoad);
  const useCases = useStore($useCases);
  const ratings = useStore($ratings);
  const evaluation = useStore($evaluation);
  const profile = useStore($activeProfile);
  const [id, setId] = useState<string | null | undefined>(undefined);
  const details = useDeferred(() => import('./UseCaseDetails'));
  // The raters and their form come after where the use case stands; a page opened to start rating
  // ("Add and start rating" names the rater in the address) asks for them at once.
  const startsRating = typeof window !== 'undefined' && new URLSearchParams(window.location.search).has('rater');
  const ratingsPart = useDeferred(() => import('./RatingsPanel'), startsRating);

  useEffect(() => {
    provideBacklogContent(criteria, presets);
    setId(new URLSearchParams(window.location.search).get('id'));
    void loadBacklog();
  }, []);

  const useCase = load.kind === 'ready' && id ? useCases.find((item) => item.id === id) : undefined;
  if (!useCase)
    return (
      <PageState
        id={id}
        load={load.kind === 'ready' ? { kind: 'missing' } : load}
        what="the use case"
        missingTitle="Use case not found"
        missingReason="This use case is not in the backlog stored in this browser. It may have been deleted."
        back={{ href: '/backlog/', label: 'Go to the backlog' }}
      >
        <UndoNotice />
      </PageState>
    );
  const result = evaluation.get(useCase.id);
  const ratingCount = ratings.filter((rating) => rating.useCaseId === useCase.id).length;

  return (
    <div class="use-case-detail">
      <p class="no-print">
        <a href={withBase('/backlog/')}>Back to the backlog</a>
      </p>
      <div class="detail-header">
        <h1>{useCase.title}</h1>
        <SaveStatus />
      </div>
      <p class="muted">
        {familyLabels[useCase.family]} · {statusLabels[useCase.status]} · {classificationLabels[useCase.dataClassification]} ·{' '}
        {riskTierLabels[useCase.riskTier]} risk
        {useCase.sponsor && ` · Sponsor: ${useCase.sponsor}`}
        {useCase.businessUnit && ` · ${useCase.businessUnit}`}
      </p>
      {useCase.tags.length > 0 && (
        <ul class="weights" aria-label="Tags">
          {useCase.tags.map((tag) => (
            <li key={tag}>{tag}</li>
          ))}
        </ul>
      )}
      {useCase.description.trim() !== '' && <MarkdownView text={useCase.description} />}

      {useCase.archived ? (
        <p class="notice warn">
          This use case is archived: it keeps its ratings but is not ranked. Restore it under “Manage” to rank it again.
        </p>
      ) : (
        result && (
          <section aria-labelledby="standing-title">
            <h2 id="standing-title">Where it stands</h2>
            {result.blocked && (
              <p class="notice error">
                <strong>Blocked: no usable data.</strong> The data-availability median is 1, so this use case ranks after all
                unblocked ones whatever its score, until a data source is found.
              </p>
            )}
            <RankSummary evaluation={result} />
            <BreakdownTable criteria={criteria} evaluation={result} profileName={profile.name} />
            <p class="hint">
              <a href={withBase('/backlog/#how-ranked')}>How is this ranked?</a>
            </p>
          </section>
        )
      )}

      <LazyPart lazy={ratingsPart} what="the ratings">
        {({ RatingsPanel }) => <RatingsPanel criteria={criteria} useCaseId={useCase.id} capabilities={capabilities} />}
      </LazyPart>
      <LazyPart lazy={details} what="the details form">
        {({ UseCaseDetails }) => <UseCaseDetails useCase={useCase} ratingCount={ratingCount} screening={screening} />}
      </LazyPart>
    </div>
  );
}
