import { useStore } from '@nanostores/preact';
import { useEffect, useMemo, useState } from 'preact/hooks';
import type { ChecklistTemplate } from '../../schemas/checklistTemplate';
import type { KnownTemplate } from '../../lib/governance/templateImport';
import { $governanceListError, $reviewRows, loadReviewRows, type TemplateChoice } from '../../stores/governance/list';
import { loadReviewer } from '../../stores/governance/review';
import { $customTemplates, loadCustomTemplates } from '../../stores/governance/templates';
import { SaveStatus } from '../SaveStatus';
import { ImportedTemplates } from './ImportedTemplates';
import { ReviewTable } from './ReviewTable';
import { TemplateImport } from './TemplateImport';
import { withBase } from '../urls';
import { Loading } from '../Loading';
import { useLazy } from '../useLazy';

interface Props {
  /** The built-in checklists, from content/checklists. */
  templates: ChecklistTemplate[];
}

/** The governance landing page: the reviews in this browser, starting a review, importing a checklist. */
export function GovernanceHome({ templates }: Props) {
  const rows = useStore($reviewRows);
  const error = useStore($governanceListError);
  const custom = useStore($customTemplates);
  const [starting, setStarting] = useState(false);
  const [preselected, setPreselected] = useState('');
  const startForm = useLazy(() => import('./StartReviewForm'), starting);

  useEffect(() => {
    void loadReviewRows();
    void loadCustomTemplates();
    void loadReviewer();
    // The backlog can link here with ?useCase=<id> to start a review of that use case.
    const useCase = new URLSearchParams(window.location.search).get('useCase');
    if (useCase) {
      setPreselected(useCase);
      setStarting(true);
    }
  }, []);

  const choices = useMemo<TemplateChoice[]>(
    () => [
      ...templates.map((template): TemplateChoice => ({
        key: `${template.id}@${template.version}`,
        source: 'built-in',
        template,
      })),
      ...custom.map((record): TemplateChoice => ({ key: record.id, source: 'imported', template: record.template })),
    ],
    [templates, custom],
  );
  const builtIn = useMemo(
    () => templates.map((t): KnownTemplate => ({ id: t.id, version: t.version, title: t.title, source: 'built-in' })),
    [templates],
  );

  return (
    <div>
      <div class="actions">
        {!starting && (
          <button type="button" onClick={() => setStarting(true)}>
            Start a review
          </button>
        )}
        <a class="button secondary" href="#import-title">
          Import a checklist template
        </a>
        <SaveStatus />
      </div>
      {starting &&
        (startForm ? (
          <startForm.StartReviewForm templates={choices} preselectedUseCase={preselected} onCancel={() => setStarting(false)} />
        ) : (
          <p role="status">Opening the form…</p>
        ))}
      {error && (
        <p class="notice error" role="alert">
          Could not read the reviews: {error}
        </p>
      )}

      <h2 id="reviews-title">Reviews</h2>
      {rows === null ? (
        <Loading>Reading the reviews…</Loading>
      ) : rows.length === 0 ? (
        <div class="notice">
          <p>
            No reviews yet. Start one with “Start a review”: choose a checklist and the use case or model it applies to, then mark
            each item with the evidence you have seen.
          </p>
          <p>
            Prefer to look around first? <a href={withBase('/workspace/')}>Load the sample workspace</a>, which includes reviews
            in several states.
          </p>
        </div>
      ) : (
        <ReviewTable rows={rows} />
      )}

      <section aria-labelledby="import-title" class="no-print">
        <h2 id="import-title" tabIndex={-1}>
          Checklist templates
        </h2>
        <p>
          {templates.length} checklists come with the portal: {templates.map((t) => t.title).join(', ')}. Your organisation can
          add its own, written in YAML or JSON with the same fields.
        </p>
        <ImportedTemplates templates={custom} />
        <TemplateImport builtIn={builtIn} />
      </section>
    </div>
  );
}
