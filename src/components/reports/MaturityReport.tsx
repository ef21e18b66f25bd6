import type { MaturitySection } from '../../lib/reports/steeringMaturity';
import { describeState } from '../../lib/reports/answerText';
import { RadarChart } from '../results/RadarChart';
import { formatDate, formatPercent, formatScore } from '../format';
import { DataTable } from '../DataTable';

/** Scores, the capability profile as a radar with its table, and the top gaps with their first step. */
export function MaturityReport({ section }: { section: MaturitySection }) {
  const about = [section.organisation, section.team].filter(Boolean).join(' / ');
  return (
    <>
      <p>
        {section.assessmentName}
        {about && ` (${about})`}, dated {formatDate(section.date)}
        {section.respondent && `, answered by ${section.respondent}`}.
      </p>
      <p class="score-line">
        Overall <strong>{formatScore(section.overall.score)} of 4</strong>
        {section.overall.provisional && ' (provisional)'}, target {formatScore(section.overall.targetScore)}, coverage{' '}
        {formatPercent(section.overall.coverage)}.
        {section.indicative && ` Indicative maturity level ${section.indicative.level}: ${section.indicative.name}.`}
      </p>
      <DataTable
        caption="Score per dimension, 0 to 4"
        columns={[
          { label: 'Dimension' },
          { label: 'Score', numeric: true },
          { label: 'Target', numeric: true },
          { label: 'Coverage', numeric: true },
        ]}
      >
        <tbody>
          {section.dimensions.map((d) => (
            <tr key={d.dimension}>
              <th scope="row">{d.title}</th>
              <td class="num">
                {formatScore(d.score)}
                {d.provisional && ' (provisional)'}
              </td>
              <td class="num">{formatScore(d.targetScore)}</td>
              <td class="num">{formatPercent(d.coverage)}</td>
            </tr>
          ))}
        </tbody>
      </DataTable>

      <h3>Top gaps and first steps</h3>
      {section.topGaps.length === 0 ? (
        <p>No capability has a target above its current level yet.</p>
      ) : (
        <ol class="gap-list">
          {section.topGaps.map((gap) => (
            <li key={gap.title}>
              <strong>{gap.title}</strong> (level {gap.current} → {gap.target}): {gap.step}
            </li>
          ))}
        </ol>
      )}
      {section.roadmapLength > section.topGaps.length && (
        <p class="muted">
          The roadmap has {section.roadmapLength} entries in all; the assessment’s results page lists every step.
        </p>
      )}
      {section.findOutFirst.length > 0 && <p>Find out first (answered “don’t know”): {section.findOutFirst.join(', ')}.</p>}

      <div class="report-block">
        <h3>Profile by capability</h3>
        <RadarChart
          labels={section.profile.map((line) => line.title)}
          series={[
            { label: 'Current', kind: 'current', values: section.profile.map((line) => line.level) },
            { label: 'Target', kind: 'target', values: section.profile.map((line) => line.target ?? line.level) },
          ]}
          tableId="report-profile-table"
          title="Current level and target per capability (0 to 4)"
        />
        <DataTable
          caption="Current level and target per capability"
          id="report-profile-table"
          columns={[{ label: 'Capability' }, { label: 'Dimension' }, { label: 'Current' }, { label: 'Target', numeric: true }]}
        >
          <tbody>
            {section.profile.map((line) => (
              <tr key={line.title}>
                <th scope="row">{line.title}</th>
                <td>{line.dimensionTitle}</td>
                <td>{describeState(line.state, line.level)}</td>
                <td class="num">{line.target ?? '—'}</td>
              </tr>
            ))}
          </tbody>
        </DataTable>
      </div>
    </>
  );
}
