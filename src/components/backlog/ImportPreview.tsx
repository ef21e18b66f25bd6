import { useEffect, useRef, useState } from 'preact/hooks';
import { UNNAMED_RATER } from '../../lib/backlog/csvFormat';
import { checkRaterName } from '../../lib/backlog/raterCheck';
import { Field } from '../Field';
import { useFormErrors } from '../form/useFormErrors';
import { criterionIds } from '../../schemas/enums';
import type { ImportPreview as Preview } from '../../stores/backlog/importState';
import { criterionShortLabels } from '../../lib/backlog/labels';
import { RejectedList } from './RejectedList';
import { formatCount, formatMedian } from './format';
import { DataTable } from '../DataTable';

interface Props {
  preview: Preview;
  /** Imports; `rater` names the rows without a rater (null when the file names every rater). */
  onConfirm: (rater: string | null) => void;
  /** Shows the preview again with these rows given this rater. */
  onNameRater: (rater: string) => void;
  onCancel: () => void;
}

const ROWS_SHOWN = 50;
/** What an import would store, and what it would leave out; nothing is written before "Import". */
export function ImportPreview({ preview, onConfirm, onNameRater, onCancel }: Props) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  const count = preview.accepted.length;
  const unnamed = preview.unnamedRows > 0;
  const [rater, setRater] = useState(preview.unnamedRater === UNNAMED_RATER ? '' : preview.unnamedRater);
  const form = useFormErrors();

  function confirm() {
    if (!unnamed) return onConfirm(null);
    const problem = checkRaterName(rater, []);
    if (form.report(problem ? [{ field: 'import-rater', message: problem }] : [])) return undefined;
    return onConfirm(rater.trim());
  }
  return (
    <div class="import-preview" aria-labelledby="preview-title">
      <h3 id="preview-title" tabIndex={-1} ref={heading}>
        Check before importing {preview.fileName}
      </h3>
      <p>
        {formatCount(count)} valid row{count === 1 ? '' : 's'}: {formatCount(preview.useCaseCount)} use case
        {preview.useCaseCount === 1 ? '' : 's'} with {formatCount(preview.ratingCount)} rating
        {preview.ratingCount === 1 ? '' : 's'}.
        {preview.replaceCount > 0 &&
          ` ${formatCount(preview.replaceCount)} of these use cases are already in the backlog: they and their ratings will be replaced by the file’s.`}
        {preview.rejected.length > 0 &&
          ` ${formatCount(preview.rejected.length)} row${preview.rejected.length === 1 ? '' : 's'} will be left out (listed below).`}
      </p>
      {form.summary}
      {unnamed && (
        <Field
          id="import-rater"
          label="Whose ratings are these?"
          hint={`${formatCount(preview.unnamedRows)} row${preview.unnamedRows === 1 ? ' has' : 's have'} scores but no rater. They are stored as this person’s ratings; each person rates separately, so colleagues can add theirs.`}
          value={rater}
          error={form.errorFor('import-rater')}
          onInput={setRater}
          onEnter={() => rater.trim() !== '' && onNameRater(rater)}
        >
          <p class="hint">Shown below as “{preview.unnamedRater}” until you import or press Enter.</p>
        </Field>
      )}
      <DataTable
        caption={<>Valid rows{count > ROWS_SHOWN ? ` (the first ${ROWS_SHOWN} of ${formatCount(count)})` : ''}</>}
        wrapClass="preview-table"
        columns={[
          { label: 'Line', numeric: true },
          { label: 'Use case' },
          { label: 'Rater' },
          ...criterionIds.map((id) => ({ label: criterionShortLabels[id], numeric: true })),
        ]}
      >
        <tbody>
          {preview.accepted.slice(0, ROWS_SHOWN).map((row) => (
            <tr key={row.line}>
              <td class="num">{row.line}</td>
              <th scope="row">{row.title}</th>
              <td>{row.raterName ?? <span class="muted">no rating</span>}</td>
              {criterionIds.map((id) => (
                <td class="num" key={id}>
                  {formatMedian(row.scores[id])}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </DataTable>
      {preview.rejected.length > 0 && <RejectedList rejected={preview.rejected} />}
      <div class="actions">
        <button type="button" onClick={confirm}>
          Import {formatCount(count)} valid row{count === 1 ? '' : 's'}
        </button>
        <button type="button" class="secondary" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </div>
  );
}
