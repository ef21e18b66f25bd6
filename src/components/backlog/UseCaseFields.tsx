import type { UseCase } from '../../schemas/backlog';
import { FieldShell } from '../Field';
import { classificationLabels, familyLabels, riskTierLabels, statusLabels } from '../../lib/backlog/labels';
import { dataClassifications, riskTiers, useCaseFamilies, useCaseStatuses } from '../../schemas/enums';

export type UseCaseValues = Pick<
  UseCase,
  'title' | 'description' | 'sponsor' | 'businessUnit' | 'family' | 'status' | 'dataClassification' | 'riskTier'
> & {
  /** Tags as typed: one line, separated by commas. */
  tags: string;
};

interface Props {
  /** Prefix for the ids of the controls, so two forms on one page never clash. */
  idPrefix: string;
  values: UseCaseValues;
  errors: Partial<Record<keyof UseCaseValues, string>>;
  onChange: <K extends keyof UseCaseValues>(key: K, value: UseCaseValues[K]) => void;
  /** Shown under the status when a change was refused (for example by governance). */
  statusNotice?: preact.ComponentChildren;
  /** Announce errors as they appear (a form saved as it is typed has no error summary). */
  announce?: boolean;
  /** When set, the risk tier is decided elsewhere (the screening) and this is shown in place of the choice. */
  riskTierElsewhere?: preact.ComponentChildren;
}

/** The fields of a use case, labelled and hinted as in the GOV.UK Design System. */
export function UseCaseFields({ idPrefix, values, errors, onChange, statusNotice, announce, riskTierElsewhere }: Props) {
  const id = (key: keyof UseCaseValues) => `${idPrefix}-${key}`;
  const wrap = (
    key: keyof UseCaseValues,
    label: string,
    hint: string | null,
    control: (describedBy: string | undefined) => preact.ComponentChildren,
  ) => <FieldShell id={id(key)} label={label} hint={hint} error={errors[key]} announce={announce} control={control} />;
  const text = (key: 'title' | 'sponsor' | 'businessUnit' | 'tags', label: string, hint: string | null) =>
    wrap(key, label, hint, (describedBy) => (
      <input
        id={id(key)}
        type="text"
        value={values[key]}
        aria-invalid={errors[key] ? true : undefined}
        aria-describedby={describedBy}
        onInput={(event) => onChange(key, event.currentTarget.value)}
      />
    ));
  const select = <K extends 'family' | 'status' | 'dataClassification' | 'riskTier'>(
    key: K,
    label: string,
    hint: string | null,
    codes: readonly UseCaseValues[K][],
    labels: Record<UseCaseValues[K], string>,
  ) =>
    wrap(key, label, hint, (describedBy) => (
      <select
        id={id(key)}
        value={values[key]}
        aria-describedby={describedBy}
        onChange={(event) => onChange(key, event.currentTarget.value as UseCaseValues[K])}
      >
        {codes.map((option) => (
          <option key={option} value={option}>
            {labels[option]}
          </option>
        ))}
      </select>
    ));

  return (
    <>
      {text('title', 'Title', 'A short name people will recognise, for example “Customs data extraction from invoices”.')}
      {wrap(
        'description',
        'Description (optional)',
        'What the model would do, for whom, and how success would be measured. Markdown is supported.',
        (describedBy) => (
          <textarea
            id={id('description')}
            value={values.description}
            aria-describedby={describedBy}
            onInput={(event) => onChange('description', event.currentTarget.value)}
          />
        ),
      )}
      <div class="field-pair">
        {text('sponsor', 'Sponsor or owner (optional)', null)}
        {text('businessUnit', 'Business unit (optional)', null)}
      </div>
      <div class="field-pair">
        {select('family', 'Use-case family', null, useCaseFamilies, familyLabels)}
        {select('status', 'Status', null, useCaseStatuses, statusLabels)}
      </div>
      {statusNotice}
      <div class="field-pair">
        {select(
          'dataClassification',
          'Data classification',
          'The most sensitive data the use case would process. Sensitive means special kinds of personal data (health, biometrics, beliefs…) and counts as personal data too.',
          dataClassifications,
          classificationLabels,
        )}
        {riskTierElsewhere ??
          select(
            'riskTier',
            'Risk tier (provisional)',
            'Your first estimate; the risk screening on the use case page decides it. High-risk use cases need an approving governance review before approval or production.',
            riskTiers,
            riskTierLabels,
          )}
      </div>
      {text('tags', 'Tags (optional)', 'Separate tags with commas, for example “customs, documents”.')}
    </>
  );
}
