import type { SignOff } from '../../schemas/governance';
import { decisionLabels } from '../../lib/governance/labels';
import { MarkdownView } from '../MarkdownView';
import { formatDate } from '../format';

/** The recorded decision, as printed on the review record. */
export function SignOffRecord({ signOff }: { signOff: SignOff }) {
  return (
    <div class={`card decision decision-${signOff.decision}`}>
      <dl class="record">
        <dt>Decision</dt>
        <dd>
          <strong>{decisionLabels[signOff.decision]}</strong>
        </dd>
        <dt>Reviewer</dt>
        <dd>
          {signOff.reviewerName}, {signOff.reviewerRole}
        </dd>
        <dt>Date</dt>
        <dd>{formatDate(signOff.date)}</dd>
        {signOff.conditions.trim() !== '' && (
          <>
            <dt>{signOff.decision === 'reject' ? 'Reason' : 'Conditions'}</dt>
            <dd>
              <MarkdownView text={signOff.conditions} />
            </dd>
          </>
        )}
      </dl>
    </div>
  );
}
