import type { ChangesSection } from '../../lib/reports/steeringMaturity';
import { formatDate } from '../format';
import { ScoreChangeTable } from '../results/ScoreChangeTable';
import { DataTable } from '../DataTable';

const movementWords = { up: 'up', down: 'down', changed: 'answered differently', same: 'unchanged' } as const;

/** How the scores and answers moved since a milestone. */
export function ChangesReport({ section }: { section: ChangesSection }) {
  return (
    <>
      <p>
        {section.assessmentName} compared with the milestone “{section.milestoneName}” of {formatDate(section.milestoneDate)}:{' '}
        {section.counts.up} capabilities up, {section.counts.down} down, {section.counts.changed} answered differently,{' '}
        {section.counts.same} unchanged.
      </p>
      <ScoreChangeTable
        caption="Scores then and now, 0 to 4"
        beforeLabel="Then"
        rows={[{ title: 'Overall', ...section.overall }, ...section.dimensions]}
      />
      {section.changed.length > 0 && (
        <DataTable
          caption="Capabilities whose answer moved"
          columns={[{ label: 'Capability' }, { label: 'Then' }, { label: 'Now' }, { label: 'Movement' }]}
        >
          <tbody>
            {section.changed.map((line) => (
              <tr key={line.title}>
                <th scope="row">{line.title}</th>
                <td>{line.before}</td>
                <td>{line.after}</td>
                <td>
                  <span class={`movement ${line.movement}`}>{movementWords[line.movement]}</span>
                </td>
              </tr>
            ))}
          </tbody>
        </DataTable>
      )}
    </>
  );
}
