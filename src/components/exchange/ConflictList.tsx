import { useState } from 'preact/hooks';
import { resolutionOf, type Decisions, type PlanItem, type Resolution } from '../../lib/exchange/merge';
import { decideAll, decideItem } from '../../stores/workspace/importFile';
import { kindLabels, resolutionHints, resolutionLabels } from './labels';

const SHOWN = 50;
const allChoices: Resolution[] = ['keep-mine', 'take-theirs', 'keep-both'];
const newerText = { mine: 'Yours was changed more recently.', theirs: 'The file’s copy was changed more recently.', same: '' };

/** Conflicts (same id, different content): the person's choice for each, or one answer for all. */
export function ConflictList({
  conflicts,
  decisions,
  disabled,
  idPrefix,
}: {
  conflicts: PlanItem[];
  decisions: Decisions;
  disabled: boolean;
  idPrefix: string;
}) {
  const [forAll, setForAll] = useState<Resolution>(decisions.all ?? 'keep-mine');
  const open = conflicts.filter((item) => item.choices.length > 1);
  return (
    <section aria-labelledby={`${idPrefix}-conflicts-title`}>
      <h4 id={`${idPrefix}-conflicts-title`}>
        {conflicts.length === 1 ? '1 conflict' : `${conflicts.length} conflicts`}: the same item differs between your workspace
        and the file
      </h4>
      {open.length > 1 && (
        <fieldset class="exchange-choice apply-all">
          <legend>Answer for every conflict</legend>
          {allChoices.map((choice) => (
            <div class="choice" key={choice}>
              <input
                type="radio"
                id={`${idPrefix}-all-${choice}`}
                name={`${idPrefix}-all`}
                checked={forAll === choice}
                disabled={disabled}
                onChange={() => setForAll(choice)}
              />
              <label for={`${idPrefix}-all-${choice}`}>
                {resolutionLabels[choice]} <span class="observe">{resolutionHints[choice]}</span>
              </label>
            </div>
          ))}
          <button type="button" class="secondary" disabled={disabled} onClick={() => decideAll(forAll)}>
            Apply to all conflicts
          </button>
        </fieldset>
      )}
      <ol class="conflict-list">
        {conflicts.slice(0, SHOWN).map((item, index) => {
          const chosen = resolutionOf(item, decisions);
          const name = `${idPrefix}-conflict-${index}`;
          return (
            <li key={item.key}>
              <fieldset class="exchange-choice">
                <legend>
                  {kindLabels[item.kind]}: {item.label}
                </legend>
                {(item.note || newerText[item.newer]) && (
                  <p class="hint">{[newerText[item.newer], item.note].filter(Boolean).join(' ')}</p>
                )}
                {item.choices.length === 1 ? (
                  <p>{resolutionLabels[chosen]}.</p>
                ) : (
                  item.choices.map((choice) => (
                    <div class="choice" key={choice}>
                      <input
                        type="radio"
                        id={`${name}-${choice}`}
                        name={name}
                        checked={chosen === choice}
                        disabled={disabled}
                        onChange={() => decideItem(item.key, choice)}
                      />
                      <label for={`${name}-${choice}`}>{resolutionLabels[choice]}</label>
                    </div>
                  ))
                )}
              </fieldset>
            </li>
          );
        })}
      </ol>
      {conflicts.length > SHOWN && (
        <p class="hint">
          {conflicts.length - SHOWN} more conflicts are not listed; they follow the answer for every conflict (“
          {resolutionLabels[decisions.all ?? 'keep-mine']}” unless you apply another), or keep the newer copy.
        </p>
      )}
    </section>
  );
}
