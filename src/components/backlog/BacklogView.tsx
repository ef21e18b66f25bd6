import { focusById } from '../focus';
import { useStore } from '@nanostores/preact';
import { useEffect, useState } from 'preact/hooks';
import type { Criterion, WeightPreset } from '../../schemas/backlogContent';
import { $backlogLoad, $useCases, loadBacklog, provideBacklogContent } from '../../stores/backlog/backlog';
import { $baseline } from '../../stores/backlog/ranking';
import { SaveStatus } from '../SaveStatus';
import { BacklogFilters } from './BacklogFilters';
import { BacklogTable } from './BacklogTable';
import { Pager } from './Pager';
import { ProfilePanel } from './ProfilePanel';
import { UndoNotice } from './UndoNotice';
import { withBase } from '../urls';
import { useDeferred, useLazy } from '../useLazy';
import { LazyPart } from '../LazyPart';
import { Loading } from '../Loading';

interface Props {
  criteria: Criterion[];
  presets: WeightPreset[];
}

/** The backlog page: add and import use cases, choose weights, and read the ranking. */
export function BacklogView({ criteria, presets }: Props) {
  const load = useStore($backlogLoad);
  const useCases = useStore($useCases);
  const [adding, setAdding] = useState(false);
  const [csvOpen, setCsvOpen] = useState(false);
  const addForm = useLazy(() => import('./AddUseCaseForm'), adding);
  const csv = useLazy(() => import('./CsvPanel'), csvOpen);
  // The chart sits below the ranking table, so its code comes after the table has painted.
  const quadrant = useDeferred(() => import('./QuadrantChart'));
  // What moved is shown only after a change of profile, weights or rating on this page.
  const baseline = useStore($baseline);
  const changes = useLazy(() => import('./RankChanges'), baseline !== null);

  useEffect(() => {
    provideBacklogContent(criteria, presets);
    void loadBacklog();
  }, []);

  if (load.kind === 'loading') return <Loading>Reading the backlog…</Loading>;
  if (load.kind === 'error') {
    return (
      <p class="notice error" role="alert">
        Could not read the backlog: {load.message}
      </p>
    );
  }
  const empty = useCases.length === 0;

  return (
    <div class="backlog">
      <div class="actions no-print">
        {!adding && (
          <button type="button" id="add-use-case" onClick={() => setAdding(true)}>
            Add a use case
          </button>
        )}
        <button
          type="button"
          class="secondary"
          aria-expanded={csvOpen}
          aria-controls="csv-panel"
          onClick={() => setCsvOpen(!csvOpen)}
        >
          {csvOpen ? 'Hide CSV export and import' : 'CSV export and import'}
        </button>
        <SaveStatus />
      </div>
      <UndoNotice />
      {adding &&
        (addForm ? (
          <addForm.AddUseCaseForm
            onCancel={() => {
              setAdding(false);
              focusById('add-use-case');
            }}
          />
        ) : (
          <p role="status">Opening the form…</p>
        ))}
      <div id="csv-panel" hidden={!csvOpen}>
        {csvOpen && (csv ? <csv.CsvPanel /> : <p role="status">Opening CSV export and import…</p>)}
      </div>
      {empty ? (
        <div class="notice empty-state">
          <h2>No use cases yet</h2>
          <p>
            Add your first with “Add a use case”: a title is enough to start, and rating it against the five criteria takes a few
            minutes. You can also import a CSV file, or <a href={withBase('/workspace/')}>load the sample workspace</a> to see a
            rated backlog of a freight company.
          </p>
        </div>
      ) : (
        <>
          <ProfilePanel criteria={criteria} />
          {changes && <changes.RankChanges criteria={criteria} />}
          <section aria-labelledby="ranking-title">
            <h2 id="ranking-title">Ranking</h2>
            <BacklogFilters />
            <Pager />
            <BacklogTable />
          </section>
          <LazyPart lazy={quadrant} what="the value and effort chart">
            {({ QuadrantChart }) => <QuadrantChart />}
          </LazyPart>
        </>
      )}
    </div>
  );
}
