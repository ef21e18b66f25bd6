import { useStore } from '@nanostores/preact';
import { useState } from 'preact/hooks';
import type { Criterion } from '../../schemas/backlogContent';
import { $activeProfile, $profiles } from '../../stores/backlog/activeProfile';
import { chooseProfile } from '../../stores/backlog/profiles';
import { focusById } from '../focus';
import { ConfirmAction } from '../form/ConfirmAction';
import { formatMedian } from './format';
import { useLazy } from '../useLazy';

interface Props {
  criteria: Criterion[];
}

type Mode = { kind: 'view' } | { kind: 'new' } | { kind: 'edit' };

/** Chooses the weight profile the ranking uses; custom profiles are made and edited here. */
export function ProfilePanel({ criteria }: Props) {
  const profiles = useStore($profiles);
  const active = useStore($activeProfile);
  const [mode, setMode] = useState<Mode>({ kind: 'view' });
  // The choice on its way to storage. The list shows it meanwhile: the page re-renders as the
  // ranking's baseline is taken, and showing the stored choice then would put the list back under
  // a person arrowing through it, so their next press would start from the old profile.
  const [choosing, setChoosing] = useState<string | null>(null);
  const choose = async (id: string) => {
    setChoosing(id);
    await chooseProfile(id);
    setChoosing((current) => (current === id ? null : current));
  };
  const editor = useLazy(() => import('./ProfileForm'), mode.kind === 'new' || mode.kind === 'edit');
  const presets = profiles.filter((profile) => profile.kind === 'preset');
  const custom = profiles.filter((profile) => profile.kind === 'custom');

  return (
    <section aria-labelledby="profile-title" class="profile-panel">
      <h2 id="profile-title">Weight profile</h2>
      <div class="field">
        <label for="profile-choice">Rank with</label>
        <p class="hint" id="profile-choice-hint">
          How much each criterion counts. Switching shows which use cases move, and why.
        </p>
        <select
          id="profile-choice"
          aria-describedby="profile-choice-hint"
          value={choosing ?? active.id}
          onChange={(event) => void choose(event.currentTarget.value)}
        >
          <optgroup label="Presets">
            {presets.map((profile) => (
              <option key={profile.id} value={profile.id}>
                {profile.name}
              </option>
            ))}
          </optgroup>
          {custom.length > 0 && (
            <optgroup label="Custom">
              {custom.map((profile) => (
                <option key={profile.id} value={profile.id}>
                  {profile.name}
                </option>
              ))}
            </optgroup>
          )}
        </select>
      </div>
      <p class="profile-description">{active.description}</p>
      <ul class="weights" aria-label={`Weights of ${active.name}`}>
        {criteria.map((criterion) => (
          <li key={criterion.id}>
            <span>{criterion.title}</span> <strong>{formatMedian(active.weights[criterion.id])}</strong>
          </li>
        ))}
      </ul>
      {mode.kind === 'view' && (
        <div class="actions">
          <button type="button" class="secondary" onClick={() => setMode({ kind: 'new' })}>
            New custom profile
          </button>
          {active.kind === 'custom' && (
            <>
              <button type="button" class="secondary" onClick={() => setMode({ kind: 'edit' })}>
                Edit this profile
              </button>
              <ConfirmAction
                id="delete-profile"
                trigger="Delete this profile…"
                question={`Delete the profile “${active.name}”? The ranking goes back to equal weights. Use cases and ratings are not affected.`}
                confirm="Yes, delete the profile"
                onConfirm={async () => (await import('../../stores/backlog/profileEdit')).removeCustomProfile(active.id)}
                focusAfter="profile-choice"
              />
            </>
          )}
        </div>
      )}
      {(mode.kind === 'new' || mode.kind === 'edit') && editor && (
        <editor.ProfileForm
          criteria={criteria}
          editing={mode.kind === 'edit' ? { id: active.id, name: active.name } : null}
          start={active.weights}
          onDone={() => {
            setMode({ kind: 'view' });
            focusById('profile-choice');
          }}
        />
      )}
    </section>
  );
}
