import { useState } from 'preact/hooks';
import type { CustomTemplate } from '../../schemas/governance';
import { removeCustomTemplate } from '../../stores/governance/templates';
import { formatDate } from '../format';
import { DataTable } from '../DataTable';

/** The templates this organisation imported; removing one never touches reviews, which keep their own copy. */
export function ImportedTemplates({ templates }: { templates: CustomTemplate[] }) {
  const [confirming, setConfirming] = useState<string | null>(null);
  if (templates.length === 0) return null;
  return (
    <DataTable caption="Imported by your organisation">
      <thead>
        <tr>
          <th scope="col">Title</th>
          <th scope="col">Id and version</th>
          <th scope="col" class="num">
            Items
          </th>
          <th scope="col">Imported</th>
          <th scope="col">Actions</th>
        </tr>
      </thead>
      <tbody>
        {templates.map((record) => (
          <tr key={record.id}>
            <th scope="row">{record.template.title}</th>
            <td>
              <code>{record.template.id}</code> {record.template.version}
            </td>
            <td class="num">{record.template.items.length}</td>
            <td>{formatDate(record.importedAt)}</td>
            <td>
              {confirming === record.id ? (
                <span role="group" aria-label={`Confirm removing ${record.template.title}`} class="row-actions">
                  <button
                    type="button"
                    class="danger"
                    onClick={() => void removeCustomTemplate(record.id).then(() => setConfirming(null))}
                  >
                    Remove (reviews keep their copy)
                  </button>
                  <button type="button" class="secondary" onClick={() => setConfirming(null)}>
                    Keep
                  </button>
                </span>
              ) : (
                <button
                  type="button"
                  class="link"
                  aria-label={`Remove ${record.template.title} version ${record.template.version}`}
                  onClick={() => setConfirming(record.id)}
                >
                  Remove
                </button>
              )}
            </td>
          </tr>
        ))}
      </tbody>
    </DataTable>
  );
}
