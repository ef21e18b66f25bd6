import { useStore } from '@nanostores/preact';
import { roundLabel, type NameMode } from '../../lib/reports/respondents';
import { RadioGroup } from '../form/RadioGroup';
import { $group, $groups, $nameMode, chooseGroup, chooseNameMode } from '../../stores/reports/round';

/** Which survey round to roll up, and whether respondents are named or numbered. */
export function RespondentChoices({ idPrefix }: { idPrefix: string }) {
  const groups = useStore($groups);
  const group = useStore($group);
  const mode = useStore($nameMode);
  return (
    <div class="report-choices">
      <div class="field">
        <label for={`${idPrefix}-round`}>Survey round</label>
        <p class="hint" id={`${idPrefix}-round-hint`}>
          Assessments of the same questionnaire and round are rolled up together.
        </p>
        <select
          id={`${idPrefix}-round`}
          aria-describedby={`${idPrefix}-round-hint`}
          value={group?.key ?? ''}
          onChange={(event) => chooseGroup((event.currentTarget as HTMLSelectElement).value)}
        >
          {groups.map((item) => (
            <option key={item.key} value={item.key}>
              {roundLabel(item.round)} · {item.questionnaireId} · {item.respondents.length}{' '}
              {item.respondents.length === 1 ? 'respondent' : 'respondents'}
            </option>
          ))}
        </select>
      </div>
      <RadioGroup<NameMode>
        name={`${idPrefix}-names`}
        legend="Show respondents"
        value={mode}
        onChoose={chooseNameMode}
        options={[
          { value: 'named', label: 'By name' },
          {
            value: 'anonymous',
            label: (
              <>
                Anonymously, as R1, R2, …{' '}
                <span class="observe">Names and roles are hidden; teams stay, so the teams can be compared.</span>
              </>
            ),
          },
        ]}
      />
    </div>
  );
}
