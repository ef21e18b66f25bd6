import { useEffect, useState } from 'preact/hooks';
import type { UseCase } from '../../schemas/backlog';
import { parseTags, updateUseCase } from '../../stores/backlog/edit';
import { checkUseCase } from './AddUseCaseForm';
import { UseCaseFields, type UseCaseValues } from './UseCaseFields';
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
    const found = checkUseCase(next, useCase.id);
    // A refused status goes back to the stored one; the message stays to say why.
    if (key === 'status' && found.status) {
      setErrors({ ...found });
      setValues({ ...next, status: useCase.status });
      return;
    }
    setValues(next);
    const others = { ...found };
    delete others.status;
    setErrors(others);
    if (found[key]) return;
    const patch =
      key === 'tags'
        ? { tags: parseTags(value as string) }
        : key === 'title'
          ? { title: (value as string).trim() }
          : { [key]: value };
    const { blocked } = updateUseCase(useCase.id, patch);
    if (blocked) setErrors({ ...others, status: blocked });
  }

  return (
    <form class="edit-use-case" onSubmit={(event) => event.preventDefault()} aria-labelledby="details-title" noValidate>
      <h2 id="details-title">Details</h2>
      <p class="hint">Changes are saved as you type.</p>
      <UseCaseFields
        idPrefix="edit"
        values={values}
        errors={errors}
        onChange={change}
        statusNotice={
          errors.status ? (
            <p class="notice warn" role="alert">
              {errors.status} <a href={withBase('/governance/')}>Go to governance reviews</a>.
            </p>
          ) : null
        }
      />
    </form>
  );
}
