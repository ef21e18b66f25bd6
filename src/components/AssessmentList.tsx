import { useStore } from '@nanostores/preact';
import { useEffect, useState } from 'preact/hooks';
import type { QuestionnaireRef } from '../schemas/assessment';
import type { ScoredCapability } from '../lib/scoring';
import { $assessmentRows, $listError, loadAssessmentRows, removeAssessment } from '../stores/assessment/assessments';
import { NewAssessmentForm } from './NewAssessmentForm';
import { readInvite, type Invite } from '../lib/reports/invite';
import { answerUrl, resultsUrl } from './urls';
import { SaveStatus } from './SaveStatus';
import { formatDate, formatPercent, formatScore } from './format';
import { withBase } from './urls';
import { DataTable } from './DataTable';
import { Loading } from './Loading';
import { ConfirmAction } from './form/ConfirmAction';
import { focusById } from './focus';

interface Props {
  questionnaire: QuestionnaireRef;
  /** What scoring needs of each capability; the full wording stays on the answering page. */
  capabilities: ScoredCapability[];
}

export function AssessmentList({ questionnaire, capabilities }: Props) {
  const capabilityCount = capabilities.length;
  const rows = useStore($assessmentRows);
  const error = useStore($listError);
  const [creating, setCreating] = useState(false);
  const [invite, setInvite] = useState<Invite | null>(null);

  useEffect(() => {
    void loadAssessmentRows(capabilities);
    // A facilitator's link (?new=1&round=...&team=...) opens the form with its values preset;
    // "Start an assessment" on the home page links here with ?new: the form opens at once.
    const invited = readInvite(window.location.search);
    if (invited) {
      setInvite(invited);
      setCreating(true);
    } else if (new URLSearchParams(window.location.search).has('new')) setCreating(true);
  }, []);

  return (
    <div>
      <div class="actions">
        {!creating && (
          <button type="button" id="new-assessment" onClick={() => setCreating(true)}>
            New assessment
          </button>
        )}
        <SaveStatus />
      </div>
      {creating && (
        <NewAssessmentForm
          questionnaire={questionnaire}
          invite={invite}
          onCancel={() => {
            setCreating(false);
            setInvite(null);
            focusById('new-assessment');
          }}
        />
      )}
      {error && (
        <p class="notice error" role="alert">
          Could not read your assessments: {error}
        </p>
      )}
      <h2 id="assessments-title" tabIndex={-1}>
        Your assessments
      </h2>
      {rows === null ? (
        <Loading>Reading your assessments…</Loading>
      ) : rows.length === 0 ? (
        <div class="notice">
          <p>
            No assessments yet. Start one with “New assessment”: it takes about 30 minutes, and you can stop and come back at any
            time.
          </p>
          <p>
            Prefer to look around first? <a href={withBase('/workspace/')}>Load the sample workspace</a>.
          </p>
        </div>
      ) : (
        <DataTable
          caption="Your assessments"
          captionHidden
          columns={[
            { label: 'Name' },
            { label: 'Organisation / team' },
            { label: 'Respondent' },
            { label: 'Date' },
            { label: 'Answered', numeric: true },
            { label: 'Overall score', numeric: true },
            { label: 'Actions' },
          ]}
        >
          <tbody>
            {rows.map(({ assessment, answered, score, provisional }) => (
              <tr key={assessment.id}>
                <th scope="row">
                  <a href={answerUrl(assessment.id)}>{assessment.name}</a>
                </th>
                <td>{[assessment.organisation, assessment.team].filter(Boolean).join(' / ') || '—'}</td>
                <td>{[assessment.respondentName, assessment.respondentRole].filter(Boolean).join(', ') || '—'}</td>
                <td>{formatDate(assessment.date)}</td>
                <td class="num">
                  {answered} of {capabilityCount} ({formatPercent(capabilityCount ? answered / capabilityCount : 0)})
                </td>
                <td class="num">
                  {score === null ? '—' : `${formatScore(score)} of 4`}
                  {provisional && <span class="muted"> (provisional)</span>}
                </td>
                <td>
                  <span class="row-actions">
                    <a href={answerUrl(assessment.id)}>Answer</a>
                    <a href={resultsUrl(assessment.id)}>Results</a>
                    <ConfirmAction
                      id={`delete-${assessment.id}`}
                      trigger="Delete"
                      triggerClass="link"
                      triggerLabel={`Delete ${assessment.name}`}
                      question={`Delete “${assessment.name}” with its answers and milestones? This cannot be undone.`}
                      confirm="Delete with its milestones"
                      keep="Keep"
                      class="confirm-inline"
                      onConfirm={() => removeAssessment(assessment.id, capabilities)}
                      focusAfter="assessments-title"
                    />
                  </span>
                </td>
              </tr>
            ))}
          </tbody>
        </DataTable>
      )}
    </div>
  );
}
