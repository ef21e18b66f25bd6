import type { Comparison } from '../../lib/compare';
import { effectiveTarget, type CapabilityResult } from '../../lib/scoring';
import type { Questionnaire } from '../../schemas/questionnaire';
import { DataTable } from '../DataTable';

interface Props {
  id: string;
  questionnaire: Questionnaire;
  results: CapabilityResult[];
  comparison: Comparison | null;
  milestoneName: string | null;
}

function describeResult(result: CapabilityResult | undefined): string {
  if (!result) return '—';
  if (result.state === 'level') return String(result.level);
  if (result.state === 'dont-know') return "don't know";
  if (result.state === 'not-applicable') return 'n/a';
  return 'not answered';
}

const movementText = { up: '▲ up', down: '▼ down', same: 'same', changed: 'changed' } as const;

/** Every capability's numbers: the data behind the radar chart, readable without it. */
export function CapabilityTable({ id, questionnaire, results, comparison, milestoneName }: Props) {
  const byId = new Map(results.map((result) => [result.capabilityId, result]));
  const changes = new Map(comparison?.capabilities.map((change) => [change.capabilityId, change]));
  return (
    <DataTable
      caption={<>Current level and target per capability{milestoneName ? `, with milestone “${milestoneName}”` : ''}</>}
      id={id}
      columns={[
        { label: 'Capability' },
        { label: 'Dimension' },
        { label: 'Weight', numeric: true },
        { label: 'Current', numeric: true },
        { label: 'Target', numeric: true },
        ...(comparison ? [{ label: 'Milestone', numeric: true }, { label: 'Change' }] : []),
      ]}
    >
      <tbody>
        {questionnaire.capabilities.map((capability) => {
          const result = byId.get(capability.id);
          const change = changes.get(capability.id);
          return (
            <tr key={capability.id}>
              <th scope="row">{capability.title}</th>
              <td>{questionnaire.dimensions.find((d) => d.id === capability.dimension)?.title}</td>
              <td class="num">{capability.weight}</td>
              <td class="num">{describeResult(result)}</td>
              <td class="num">{describeTarget(result)}</td>
              {comparison && <td class="num">{describeResult(change?.before)}</td>}
              {comparison && <td class={`movement ${change?.movement ?? ''}`}>{change ? movementText[change.movement] : '—'}</td>}
            </tr>
          );
        })}
      </tbody>
    </DataTable>
  );
}

/** The target as set; one below the current level counts as the current level, as in the score and the chart. */
function describeTarget(result: CapabilityResult | undefined): string {
  if (!result || result.target === null) return '—';
  const counted = effectiveTarget(result.level, result.target);
  return counted !== null && counted !== result.target ? `${result.target} (counts as ${counted})` : String(result.target);
}
