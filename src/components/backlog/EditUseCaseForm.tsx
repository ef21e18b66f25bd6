import { useEffect, useState } from 'preact/hooks';
import type { UseCase } from '../../schemas/backlog';
import { statusLabels } from '../../lib/backlog/labels';
import { checkUseCase, parseTags } from '../../lib/backlog/useCaseCheck';
import { statusBlock, updateUseCase } from '../../stores/backlog/edit';
import { UseCaseFields, type UseCaseValues } from './UseCaseFields';
import { riskTierLabels } from '../../lib/backlog/labels';
import { withBase } from '../urls';

interface Props {
  useCase: UseCase;
}

const valuesOf = (useCase: UseCase): UseCaseValues => ({
  title: useCase.title,
  description: useCase.description,
  sponsor: useCase.sponsor,
  businessUnit: useCase.businessUnit,
  family: useCase.family,
  status: useCase.status,
  dataClassification: useCase.dataClassification,
  riskTier: useCase.riskTier,
  tags: useCase.tags.join(', '),
});

/** The use case's details, saved as they are typed; a value that cannot be stored is explained, not saved. */
export function EditUseCaseForm({ useCase }: Props) {
  const [values, setValues] = useState<UseCaseValues>(() => valuesOf(useCase));
  const [errors, setErrors] = useState<Partial<Record<keyof UseCaseValues, string>>>({});
  useEffect(() => {
    setValues(valuesOf(useCase));
    setErrors({});
  }, [useCase.id]);
  // A change stored in another tab shows at once, except in the field being typed in and in a
  // field holding a value that could not be stored: what the person is typing always wins.
  useEffect(() => {
    const stored = valuesOf(useCase);
    const focused = document.activeElement?.id ?? '';
    setValues((shown) => {
      const next = { ...shown };
      for (const key of Object.keys(stored) as (keyof UseCaseValues)[]) {
        if (focused === `edit-${key}` || errors[key]) continue;
        (next as Record<string, unknown>)[key] = stored[key];
      }
      return next;
    });
  }, [useCase]);

  function change<K extends keyof UseCaseValues>(key: K, value: UseCaseValues[K]) {
    const next = { ...values, [key]: value };
    // Only a change of status (or risk tier) is checked against governance; the stored status stands otherwise.
    const blocked = next.status === useCase.status ? null : statusBlock(useCase.id, next.riskTier, next.status);
    const found = checkUseCase(next, blocked);
    // A refused choice stays on screen with its reason (so arrow keys can move on past it) and is not saved.
    setValues(next);
    setErrors(found);
    if (found[key]) return;
    const patch =
      key === 'tags'
        ? { tags: parseTags(value as string) }
        : key === 'title'
          ? { title: (value as string).trim() }
          : { [key]: value };
    const refused = updateUseCase(useCase.id, patch).blocked;
    if (refused) setErrors({ ...found, status: refused });
  }

  return (
    <form class="edit-use-case" onSubmit={(event) => event.preventDefault()} aria-labelledby="details-title" noValidate>
      <h2 id="details-title">Details</h2>
      <p class="hint">Changes are saved as you go.</p>
      <UseCaseFields
        idPrefix="edit"
        announce
        values={values}
        errors={errors}
        onChange={change}
        riskTierElsewhere={
          <div class="field">
            <p class="label-like">Risk tier</p>
            <p>
              {riskTierLabels[useCase.riskTier]}
              {useCase.riskScreening ? ' (screened)' : ' (not screened yet)'}.{' '}
              <a href="#risk-screening-title">Decide it with the risk screening</a>.
            </p>
          </div>
        }
        statusNotice={
          errors.status ? (
            <p class="hint">
              Until then the stored status stays “{statusLabels[useCase.status]}”.{' '}
              <a href={withBase('/governance/')}>Go to governance reviews</a>.
            </p>
          ) : null
        }
      />
    </form>
  );
}
