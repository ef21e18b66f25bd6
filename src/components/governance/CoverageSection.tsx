import type { Coverage, CoverageRow } from '../../lib/governance/coverage';
import { formatPercent } from '../format';
import { CoverageChart } from './CoverageChart';
import { DataTable } from '../DataTable';
import { frameworkIds, type FrameworkId } from '../../schemas/frameworks';
import { frameworkNames } from '../../lib/governance/frameworkLabels';

function CoverageTable({ id, caption, heading, rows }: { id: string; caption: string; heading: string; rows: CoverageRow[] }) {
  return (
    <DataTable
      caption={<>{caption}</>}
      id={id}
      columns={[
        { label: heading },
        { label: 'Met', numeric: true },
        { label: 'Partially met', numeric: true },
        { label: 'Not met', numeric: true },
        { label: 'Not answered', numeric: true },
        { label: 'Applicable', numeric: true },
        { label: 'Met share', numeric: true },
      ]}
    >
      <tbody>
        {rows.map((row) => (
          <tr key={row.tag}>
            <th scope="row">{row.label}</th>
            <td class="num">{row.met}</td>
            <td class="num">{row.partiallyMet}</td>
            <td class="num">{row.notMet}</td>
            <td class="num">{row.unanswered}</td>
            <td class="num">{row.applicable}</td>
            <td class="num">{row.applicable === 0 ? '—' : formatPercent(row.met / row.applicable)}</td>
          </tr>
        ))}
      </tbody>
    </DataTable>
  );
}

const chartTitles: Record<FrameworkId, string> = {
  nist: 'NIST AI RMF functions: items met of those applicable',
  altai: 'ALTAI requirements: items met of those applicable',
  euAiAct: 'EU AI Act articles: items met of those applicable',
  iso42001: 'ISO/IEC 42001 clauses and controls: items met of those applicable',
};

/** Met against applicable items for every reference framework, each as a chart with its table. */
export function CoverageSection({ coverage }: { coverage: Coverage }) {
  return (
    <section aria-labelledby="coverage-title" class="print-break deferred-layout">
      <h2 id="coverage-title">Coverage by framework</h2>
      <p class="hint">
        Each item is tagged with the functions of the NIST AI Risk Management Framework (AI RMF) and the requirements of the EU’s
        Assessment List for Trustworthy AI (ALTAI) that it serves, and, where they apply, with EU AI Act articles and ISO/IEC
        42001 clauses or controls. “Applicable” counts the items that apply to this review and were not marked not applicable; an
        item with several tags counts under each.
      </p>
      {frameworkIds.map((framework) => {
        const rows = coverage[framework];
        const { name, tagNoun } = frameworkNames[framework];
        const tableId = `coverage-${framework}`;
        return (
          <div key={framework}>
            <h3>{name}</h3>
            {rows.length === 0 ? (
              <p>No item that applies to this review is tagged with this framework.</p>
            ) : (
              <>
                <CoverageChart rows={rows} title={chartTitles[framework]} tableId={tableId} />
                <CoverageTable id={tableId} caption={`Coverage by ${name}`} heading={tagNoun} rows={rows} />
              </>
            )}
          </div>
        );
      })}
    </section>
  );
}
