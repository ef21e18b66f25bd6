import { useEffect, useState } from 'preact/hooks';
import { INVITE_FIELD_MAX, inviteUrl } from '../../lib/reports/invite';
import { Field } from '../Field';
import { withBase } from '../urls';

interface Props {
  questionnaireId: string;
  questionnaireVersion: string;
}

/**
 * The link a facilitator sends to each team: it opens a new assessment with the round, team and
 * questionnaire preset, so the files that come back group by themselves.
 */
export function ShareLink({ questionnaireId, questionnaireVersion }: Props) {
  const [round, setRound] = useState('');
  const [team, setTeam] = useState('');
  const [organisation, setOrganisation] = useState('');
  const [copied, setCopied] = useState<'idle' | 'copied' | 'failed'>('idle');
  // The page is built ahead of time; the address it is served from is known only in the browser.
  const [origin, setOrigin] = useState('');
  useEffect(() => setOrigin(window.location.origin), []);
  // Under the base the portal is deployed at, so the link opens this portal on a sub-path too.
  const url = inviteUrl(`${origin}${withBase('/')}`, { round, team, organisation, questionnaireId });
  const tooLong = [round, team, organisation].some((value) => value.trim().length > INVITE_FIELD_MAX);
  const limit = tooLong ? `Keep each value to ${INVITE_FIELD_MAX} characters; longer ones are cut.` : undefined;

  async function copy() {
    try {
      await navigator.clipboard.writeText(url);
      setCopied('copied');
    } catch {
      setCopied('failed');
    }
  }

  return (
    <div class="card share-link no-print">
      <Field
        id="invite-round"
        label="Survey round"
        hint="The same for everyone you ask, for example “2026 Q4 survey”."
        value={round}
        error={limit}
        onInput={(value) => {
          setRound(value);
          setCopied('idle');
        }}
      />
      <Field
        id="invite-team"
        label="Team (optional)"
        hint="Make one link per team to see the teams side by side."
        value={team}
        onInput={(value) => {
          setTeam(value);
          setCopied('idle');
        }}
      />
      <Field
        id="invite-organisation"
        label="Organisation (optional)"
        value={organisation}
        onInput={(value) => {
          setOrganisation(value);
          setCopied('idle');
        }}
      />
      <div class="field">
        <label for="invite-url">Link to share</label>
        <p class="hint" id="invite-url-hint">
          Opens a new assessment of the questionnaire “{questionnaireId}” (version {questionnaireVersion}) with these values set.
          Each person answers in their own browser, exports their assessment and sends you the file.
        </p>
        <input id="invite-url" type="text" readOnly value={url} aria-describedby="invite-url-hint" />
      </div>
      <div class="actions">
        <button type="button" onClick={() => void copy()} disabled={round.trim() === ''}>
          Copy link
        </button>
        <a href={url} class="button secondary">
          Open the link here
        </a>
        <span role="status" class="save-state">
          {round.trim() === ''
            ? 'Give the round a name to make the link.'
            : copied === 'copied'
              ? 'Link copied.'
              : copied === 'failed'
                ? 'Could not copy: select the link above and copy it by hand.'
                : ''}
        </span>
      </div>
    </div>
  );
}
