import { useStore } from '@nanostores/preact';
import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import { splitByApplicability } from '../../lib/governance/applicability';
import { classificationLabels, riskTierLabels } from '../../lib/governance/labels';
import { $useCaseOptions, type StartDraft, type TemplateChoice } from '../../stores/governance/list';
import { startNewReview } from '../../stores/governance/start';
import { $reviewer } from '../../stores/governance/review';
import { useFormErrors } from '../form/useFormErrors';
import { useSubmit } from '../form/useSubmit';
import { backlogUseCaseUrl, reviewUrl, withBase } from '../urls';
import { Field, FieldShell } from '../Field';
import { FormActions } from '../form/FormActions';
import { RadioGroup } from '../form/RadioGroup';

interface Props {
  templates: TemplateChoice[];
  preselectedUseCase: string;
  onCancel: () => void;
}

const fieldIds: Record<keyof StartDraft, string> = {
  templateKey: 'start-template',
  subjectKind: 'start-kind-use-case',
  useCaseId: 'start-use-case',
  modelName: 'start-model',
  reviewerName: 'start-reviewer',
};

/** Two choices and a name: which checklist, and the use case or model it is applied to. */
export function StartReviewForm({ templates, preselectedUseCase, onCancel }: Props) {
  const useCases = useStore($useCaseOptions);
  const reviewer = useStore($reviewer);
  const [draft, setDraft] = useState<StartDraft>({
    templateKey: templates[0]?.key ?? '',
    subjectKind: 'use-case',
    useCaseId: preselectedUseCase,
    modelName: '',
    reviewerName: reviewer,
  });
  const formErrors = useFormErrors();
  const titleRef = useRef<HTMLHeadingElement>(null);

  useLayoutEffect(() => titleRef.current?.focus(), []);
  useEffect(() => {
    if (draft.reviewerName === '' && reviewer !== '') setDraft((current) => ({ ...current, reviewerName: reviewer }));
  }, [reviewer]);

  const set = <K extends keyof StartDraft>(key: K, value: StartDraft[K]) => setDraft((current) => ({ ...current, [key]: value }));
  // The checklist's error links to its first option, the control a person lands on.
  const idOf = (key: keyof StartDraft) =>
    key === 'templateKey' && templates[0] ? `start-template-${templates[0].key}` : fieldIds[key];
  const errorFor = (key: keyof StartDraft) => formErrors.errorFor(idOf(key));
  const { busy, notice, submit } = useSubmit(formErrors, idOf);
  const chosen = templates.find((choice) => choice.key === draft.templateKey);
  const useCase = useCases.find((candidate) => candidate.id === draft.useCaseId);
  const split =
    chosen && (draft.subjectKind === 'model' || useCase)
      ? splitByApplicability(chosen.template.items, draft.subjectKind === 'model' || !useCase ? null : useCase)
      : null;

  return (
    <form
      onSubmit={(event) =>
        void submit(
          event,
          () => startNewReview(draft, templates),
          (result) => window.location.assign(reviewUrl(result.reviewId)),
        )
      }
      noValidate
      aria-labelledby="start-title"
      class="card start-review"
    >
      <h2 id="start-title" tabIndex={-1} ref={titleRef}>
        Start a review
      </h2>
      {formErrors.summary}
      {notice}
      <RadioGroup
        name="start-template"
        legend="Checklist"
        error={errorFor('templateKey')}
        value={draft.templateKey || null}
        onChoose={(key) => set('templateKey', key)}
        options={templates.map((choice) => ({
          value: choice.key,
          label: (
            <>
              <strong>{choice.template.title}</strong>
              <span class="observe">
                {choice.template.items.length} items · version {choice.template.version}
                {choice.source === 'imported' ? ' · imported by your organisation' : ''}
              </span>
            </>
          ),
        }))}
      />

      <RadioGroup
        name="start-kind"
        legend="What are you reviewing?"
        value={draft.subjectKind}
        onChoose={(kind) => set('subjectKind', kind)}
        options={[
          {
            value: 'use-case',
            label: 'A use case from the backlog',
            after: draft.subjectKind === 'use-case' && (
              <div class="conditional">
                <FieldShell
                  id={fieldIds.useCaseId}
                  label="Use case"
                  hint="Items that only apply to some data classifications or risk tiers are chosen from the use case’s own."
                  error={errorFor('useCaseId')}
                  control={(describedBy) =>
                    useCases.length === 0 ? (
                      <p class="notice warn" id={fieldIds.useCaseId} tabIndex={-1}>
                        The backlog has no use cases yet. <a href={withBase('/backlog/')}>Add one in the backlog</a>, or review a
                        named model instead.
                      </p>
                    ) : (
                      <select
                        id={fieldIds.useCaseId}
                        value={draft.useCaseId}
                        aria-describedby={describedBy}
                        aria-invalid={errorFor('useCaseId') ? true : undefined}
                        onChange={(event) => set('useCaseId', event.currentTarget.value)}
                      >
                        <option value="">Choose a use case</option>
                        {useCases.map((option) => (
                          <option key={option.id} value={option.id}>
                            {option.title} ({riskTierLabels[option.riskTier]} risk,{' '}
                            {classificationLabels[option.dataClassification]} data)
                          </option>
                        ))}
                      </select>
                    )
                  }
                />
              </div>
            ),
          },
          {
            value: 'model',
            label: 'A named model',
            after: draft.subjectKind === 'model' && (
              <div class="conditional">
                <Field
                  id={fieldIds.modelName}
                  label="Model name"
                  hint="A model has no classification or risk tier on record, so every item is included; mark the ones that do not apply with a justification."
                  error={errorFor('modelName')}
                  value={draft.modelName}
                  onInput={(value) => set('modelName', value)}
                />
              </div>
            ),
          },
        ]}
      />

      {split && (
        <p class="notice" role="status">
          {split.applicable.length} of {split.applicable.length + split.notApplicable.length} items apply
          {draft.subjectKind === 'model' ? ' (conditions cannot be checked for a named model)' : ' to this use case'}.
        </p>
      )}
      {draft.subjectKind !== 'model' && useCase && !useCase.riskScreening && (
        <p class="notice warn">
          The risk tier of this use case ({riskTierLabels[useCase.riskTier]}) has not been screened yet, and which items apply
          depends on it. <a href={`${backlogUseCaseUrl(useCase.id)}#risk-screening-title`}>Screen it first</a> if you can.
        </p>
      )}

      <Field
        id={fieldIds.reviewerName}
        label="Your name"
        hint="Recorded with every change in the review’s history. This browser remembers it."
        error={errorFor('reviewerName')}
        value={draft.reviewerName}
        autocomplete="name"
        onInput={(value) => set('reviewerName', value)}
      />
      <FormActions submit="Start the review" busy={busy} onCancel={onCancel} />
    </form>
  );
}
