import type { Coverage, CoverageRow } from '../../lib/governance/coverage';
import { formatPercent } from '../format';
import { CoverageChart } from './CoverageChart';
import { DataTable } from '../DataTable';

function CoverageTable({ id, caption, heading, rows }: { id: string; caption: string; heading: string; rows: CoverageRow[] }) {
  return (
    <DataTable caption={<>{caption}</>} id={id}>
      <thead>
        <tr>
          <th scope="col">{heading}</th>
          <th scope="col" class="num">
            Met
          </th>
          <th scope="col" class="num">
            Partially met
          </th>
          <th scope="col" class="num">
            Not met
          </th>
          <th scope="col" class="num">
            Not answered
          </th>
          <th scope="col" class="num">
            Applicable
          </th>
          <th scope="col" class="num">
            Met share
          </th>
        </tr>
      </thead>
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

/** Met against applicable items per NIST AI RMF function and per ALTAI requirement, as charts with their tables. */
export function CoverageSection({ coverage }: { coverage: Coverage }) {
  return (
    <section aria-labelledby="coverage-title" class="print-break">
      <h2 id="coverage-title">Coverage by framework</h2>
      <p class="hint">
        Each item is tagged with the NIST AI Risk Management Framework functions and the ALTAI requirements it serves.
        “Applicable” counts the items that apply to this review and were not marked not applicable; an item with several tags
        counts under each.
      </p>
      <CoverageChart rows={coverage.nist} title="NIST AI RMF functions: items met of those applicable" tableId="coverage-nist" />
      <CoverageTable id="coverage-nist" caption="Coverage by NIST AI RMF function" heading="Function" rows={coverage.nist} />
      <CoverageChart rows={coverage.altai} title="ALTAI requirements: items met of those applicable" tableId="coverage-altai" />
      <CoverageTable id="coverage-altai" caption="Coverage by ALTAI requirement" heading="Requirement" rows={coverage.altai} />
    </section>
  );
}
