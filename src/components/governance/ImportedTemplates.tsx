import type { CustomTemplate } from '../../schemas/governance';
import { removeCustomTemplate } from '../../stores/governance/templates';
import { formatDate } from '../format';
import { DataTable } from '../DataTable';
import { ConfirmAction } from '../form/ConfirmAction';

/** The templates this organisation imported; removing one never touches reviews, which keep their own copy. */
export function ImportedTemplates({ templates }: { templates: CustomTemplate[] }) {
  if (templates.length === 0) return null;
  return (
    <DataTable
      caption="Imported by your organisation"
      columns={[
        { label: 'Title' },
        { label: 'Id and version' },
        { label: 'Items', numeric: true },
        { label: 'Imported' },
        { label: 'Actions' },
      ]}
    >
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
              <ConfirmAction
                id={`remove-${record.id}`}
                trigger="Remove"
                triggerClass="link"
                triggerLabel={`Remove ${record.template.title} version ${record.template.version}`}
                question={`Remove “${record.template.title}” ${record.template.version}? Reviews that use it keep their own copy.`}
                confirm="Remove (reviews keep their copy)"
                keep="Keep"
                class="confirm-inline"
                onConfirm={() => removeCustomTemplate(record.id)}
                focusAfter="import-title"
              />
            </td>
          </tr>
        ))}
      </tbody>
    </DataTable>
  );
}
