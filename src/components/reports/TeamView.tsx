import { useStore } from '@nanostores/preact';
import { $group } from '../../stores/reports/round';
import { $teamSection } from '../../stores/reports/team';
import { plural } from '../backlog/format';
import { CapabilityRollupTable } from './CapabilityRollupTable';
import { DisagreementList } from './DisagreementList';
import { RaterRollup } from './RaterRollup';
import { RespondentChoices } from './RespondentChoices';
import { TeamComparison } from './TeamComparison';
import { withBase } from '../urls';

/** Teams that a reader could recognise even without names. */
const SMALL_TEAM = 3;

/** The roll-up of one survey round: disagreements first, teams side by side, then every capability. */
export function TeamView() {
  const section = useStore($teamSection);
  const group = useStore($group);

  if (!section || !group)
    return (
      <div class="notice">
        <p>
          No assessments yet. Share a link (above) with the people you want to hear from, bring their files in, and their answers
          appear here side by side.
        </p>
        <p>
          Or <a href={withBase('/workspace/')}>load the sample workspace</a> to see a survey round of six people in two teams.
        </p>
      </div>
    );

  const teams = section.columns.slice(1);
  const small = section.nameMode === 'anonymous' && teams.some((team) => team.respondents < SMALL_TEAM);
  return (
    <>
      <RespondentChoices idPrefix="team" />
      <p class="lead" aria-live="polite">
        {plural(section.respondents, 'respondent', 'respondents')} in {plural(teams.length, 'team', 'teams')} answered “
        {section.round}”.{' '}
        {section.disagreements.length === 0
          ? 'They broadly agree.'
          : `${plural(section.disagreements.length, 'capability has', 'capabilities have')} answers 2 or more levels apart.`}
      </p>
      {section.respondents < 2 && (
        <p class="notice">A roll-up needs at least two respondents; bring in more files to compare answers.</p>
      )}
      {small && (
        <p class="notice warn">
          A team with fewer than {SMALL_TEAM} respondents can be recognised even without names. Consider reporting it with the
          organisation only.
        </p>
      )}
      {section.versionNotes.length > 0 && (
        <div class="notice warn">
          <p>
            <strong>Answers against another version of the questionnaire.</strong>
          </p>
          <ul>
            {section.versionNotes.map((note) => (
              <li key={note}>{note}</li>
            ))}
          </ul>
        </div>
      )}

      <h3>Where answers differ</h3>
      <p class="hint">
        A capability is flagged when the highest and lowest levels given are 2 or more apart. The median hides such a split; talk
        it through before taking the median as the answer.
      </p>
      <DisagreementList section={section} headingLevel={4} />

      <h3>Teams side by side</h3>
      <p class="hint">
        Each respondent’s own scores, computed as on their results page; the organisation and each team show the median of them.
      </p>
      <TeamComparison columns={section.columns} idPrefix="view" />

      <h3>Every capability</h3>
      <CapabilityRollupTable section={section} id="view-capabilities" />

      <h3>Backlog ratings by rater</h3>
      <RaterRollup />
    </>
  );
}
