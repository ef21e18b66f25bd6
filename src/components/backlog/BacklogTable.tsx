import { useStore } from '@nanostores/preact';
import { criterionShortLabels, familyLabels, statusLabels } from '../../lib/backlog/labels';
import type { BacklogRow, SortKey } from '../../lib/backlog/table';
import { $rankBefore } from '../../stores/backlog/changes';
import { $baseline } from '../../stores/backlog/ranking';
import { $pageRows, $sort, sortBy } from '../../stores/backlog/view';
import { formatPoints, formatWsjf, useCaseUrl } from './format';
import { DataTable } from '../DataTable';

function SortHeader({ column, label, numeric }: { column: SortKey; label: string; numeric?: boolean }) {
  const sort = useStore($sort);
  const active = sort.key === column;
  return (
    <th scope="col" class={numeric ? 'num' : undefined} aria-sort={active ? sort.direction : undefined}>
      <button type="button" class="sort" onClick={() => sortBy(column)}>
        {label}
        <span aria-hidden="true" class="sort-mark">
          {active ? (sort.direction === 'ascending' ? ' ▲' : ' ▼') : ' ↕'}
        </span>
      </button>
    </th>
  );
}

function Flags({ row }: { row: BacklogRow }) {
  const evaluation = row.evaluation;
  if (row.useCase.archived) return <span class="badge">Archived</span>;
  if (!evaluation) return null;
  return (
    <span class="flags">
      {evaluation.blocked && <span class="badge blocked">Blocked: no usable data</span>}
      {evaluation.aggregate.disagreements.length > 0 && (
        <span class="badge disagree">
          Disagree: {evaluation.aggregate.disagreements.map((id) => criterionShortLabels[id].toLowerCase()).join(', ')}
        </span>
      )}
      {evaluation.aggregate.raters === 0 ? (
        <span class="badge">Not rated</span>
      ) : (
        evaluation.weighted.completeness < 1 && <span class="badge">Partly rated</span>
      )}
    </span>
  );
}

function Change({ id, rank }: { id: string; rank: number | undefined }) {
  const before = useStore($rankBefore).get(id);
  if (rank === undefined || before === undefined) return <>—</>;
  if (before === rank) return <span class="muted">no change</span>;
  const up = rank < before;
  return (
    <span class={`movement ${up ? 'up' : 'down'}`}>
      <span aria-hidden="true">{up ? '▲' : '▼'}</span> {up ? 'up' : 'down'} {Math.abs(before - rank)}{' '}
      <span class="muted">(was {before})</span>
    </span>
  );
}

/** The ranked backlog, one page at a time. Column headers sort; the sort order is announced. */
export function BacklogTable() {
  const rows = useStore($pageRows);
  const baseline = useStore($baseline);
  return (
    <DataTable
      caption={
        <>
          Ranked use cases
          {baseline ? <span class="caption-note"> (change compared with the ranking {baseline.label})</span> : null}
        </>
      }
      class="backlog-table"
    >
      <thead>
        <tr>
          <SortHeader column="rank" label="Rank" numeric />
          {baseline && <th scope="col">Change</th>}
          <SortHeader column="title" label="Use case" />
          <SortHeader column="score" label="Score" numeric />
          <th scope="col">Flags</th>
          <SortHeader column="wsjf" label="WSJF rank" numeric />
          <SortHeader column="stability" label="Rank range" numeric />
          <SortHeader column="status" label="Status" />
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => {
          const evaluation = row.evaluation;
          return (
            <tr key={row.useCase.id}>
              <td class="num">{evaluation?.rank ?? '—'}</td>
              {baseline && (
                <td>
                  <Change id={row.useCase.id} rank={evaluation?.rank} />
                </td>
              )}
              <th scope="row" class="title-cell">
                <a href={useCaseUrl(row.useCase.id)}>{row.useCase.title}</a>
                <span class="sub">
                  {[familyLabels[row.useCase.family], row.useCase.businessUnit].filter(Boolean).join(' · ')}
                </span>
              </th>
              <td class="num">{formatPoints(evaluation?.weighted.score ?? null)}</td>
              <td>
                <Flags row={row} />
              </td>
              <td class="num">
                {evaluation?.wsjf === null || !evaluation ? '—' : evaluation.wsjfRank}
                {evaluation && evaluation.wsjf !== null && <span class="sub">WSJF {formatWsjf(evaluation.wsjf)}</span>}
              </td>
              <td class="num">
                {evaluation
                  ? evaluation.stability.best === evaluation.stability.worst
                    ? `${evaluation.stability.best} (stable)`
                    : `${evaluation.stability.best}–${evaluation.stability.worst}`
                  : '—'}
              </td>
              <td>{statusLabels[row.useCase.status]}</td>
            </tr>
          );
        })}
      </tbody>
    </DataTable>
  );
}
