import { useState } from 'preact/hooks';
import type { Assessment } from '../../schemas/assessment';
import { updateAssessmentDetails } from '../../stores/assessment/answering';
import { Field } from '../Field';

type Editable = 'name' | 'organisation' | 'team' | 'round' | 'respondentName' | 'respondentRole' | 'date';

const fields: { key: Editable; label: string; type?: 'date' }[] = [
  { key: 'name', label: 'Name' },
  { key: 'organisation', label: 'Organisation' },
  { key: 'team', label: 'Team or unit' },
  { key: 'round', label: 'Survey round' },
  { key: 'respondentName', label: 'Respondent' },
  { key: 'respondentRole', label: 'Respondent’s role' },
  { key: 'date', label: 'Date the assessment describes', type: 'date' },
];

/** The assessment's own details, editable in place and saved as they change. */
export function AssessmentDetailsForm({ assessment }: { assessment: Assessment }) {
  // What is typed in a field is shown from here while the field has focus, so a change arriving
  // from another tab never replaces it; once the field is left, the stored value shows (and a
  // change made elsewhere with it). A name or date left empty stays here, unsaved, with a message.
  const [drafts, setDrafts] = useState<Partial<Record<Editable, string>>>({});
  return (
    <>
      {fields.map(({ key, label, type }) => {
        const value = drafts[key] ?? assessment[key] ?? '';
        const invalid = (key === 'name' || key === 'date') && value.trim() === '';
        return (
          <div
            key={key}
            onFocusOut={() => {
              if (!invalid) setDrafts((current) => ({ ...current, [key]: undefined }));
            }}
          >
            <Field
              id={`details-${key}`}
              label={label}
              type={type ?? 'text'}
              value={value}
              error={invalid ? 'This cannot be empty; the last value is kept until you enter a new one' : undefined}
              onInput={(next) => {
                setDrafts((current) => ({ ...current, [key]: next }));
                if (!((key === 'name' || key === 'date') && next.trim() === '')) void updateAssessmentDetails({ [key]: next });
              }}
            />
          </div>
        );
      })}
    </>
  );
}
