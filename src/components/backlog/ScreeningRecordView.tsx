import type { ScreeningRecord } from '../../schemas/riskScreening';
import { riskTierLabels } from '../../lib/backlog/labels';
import { formatDateTime } from '../format';

/** The reasons behind a suggested tier, each with the tier it calls for. */
export function ReasonList({ reasons }: { reasons: readonly ScreeningRecord['reasons'][number][] }) {
  return (
    <ul>
      {reasons.map((reason) => (
        <li key={reason.text}>
          <strong>{riskTierLabels[reason.tier]}:</strong> {reason.text}
        </li>
      ))}
    </ul>
  );
}

/** A recorded screening: the decided tier, the suggestion and its reasons, and who decided. */
export function ScreeningRecordView({ record }: { record: ScreeningRecord }) {
  const overruled = record.decidedTier !== record.suggestedTier;
  return (
    <div class="screening-record">
      <p>
        <strong>{riskTierLabels[record.decidedTier]} risk</strong>, decided by {record.decidedBy} on{' '}
        {formatDateTime(record.decidedAt)}.{' '}
        {overruled
          ? `The screening suggested ${riskTierLabels[record.suggestedTier].toLowerCase()}; the tier was overruled.`
          : 'This is the tier the screening suggested.'}
      </p>
      {record.prohibited && (
        <p class="notice error">
          <strong>Stop:</strong> the screening found a possible practice prohibited by the EU AI Act. The system must not be built
          or used until a legal review has ruled it out.
        </p>
      )}
      <h3>Why the screening suggested {riskTierLabels[record.suggestedTier].toLowerCase()}</h3>
      <ReasonList reasons={record.reasons} />
      {overruled && (
        <>
          <h3>Justification for the decided tier</h3>
          <p>{record.justification}</p>
        </>
      )}
    </div>
  );
}
