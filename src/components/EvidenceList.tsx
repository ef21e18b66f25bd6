import { useState } from 'preact/hooks';
import type { EvidenceLink } from '../schemas/common';
import { checkEvidenceLink } from '../lib/evidence';
import { newId } from '../lib/ids';
import { Field } from './Field';
import { problemsToErrors, useFormErrors } from './form/useFormErrors';

interface Props {
  /** Prefix for element ids, unique on the page. */
  idPrefix: string;
  links: readonly EvidenceLink[];
  onChange: (links: EvidenceLink[]) => void;
  readOnly?: boolean;
  /** Heading level of "Evidence", to fit the outline of the page it sits on. */
  headingLevel?: 3 | 4 | 5;
}

/** Evidence links: a label and an http(s) address each; other schemes are refused with a message. */
export function EvidenceList({ idPrefix, links, onChange, readOnly = false, headingLevel = 3 }: Props) {
  const Heading = `h${headingLevel}` as 'h3';
  const [label, setLabel] = useState('');
  const [url, setUrl] = useState('');
  const form = useFormErrors();
  const labelId = `${idPrefix}-label`;
  const urlId = `${idPrefix}-url`;

  function add(event: Event) {
    event.preventDefault();
    const found = checkEvidenceLink(label, url);
    if (form.report(problemsToErrors(found, (field) => (field === 'label' ? labelId : urlId)))) return;
    onChange([...links, { id: newId(), label: label.trim(), url: url.trim() }]);
    setLabel('');
    setUrl('');
  }

  return (
    <div class="evidence">
      <Heading id={`${idPrefix}-title`}>Evidence</Heading>
      {links.length === 0 ? (
        <p class="muted">No evidence linked yet.</p>
      ) : (
        <ul aria-labelledby={`${idPrefix}-title`}>
          {links.map((link) => (
            <li key={link.id}>
              <a href={link.url} rel="noopener noreferrer" target="_blank">
                {link.label}
              </a>{' '}
              <span class="muted">({link.url})</span>{' '}
              {!readOnly && (
                <button
                  type="button"
                  class="link"
                  aria-label={`Remove evidence ${link.label}`}
                  onClick={() => onChange(links.filter((l) => l.id !== link.id))}
                >
                  Remove
                </button>
              )}
            </li>
          ))}
        </ul>
      )}
      {!readOnly && (
        <div role="group" aria-labelledby={`${idPrefix}-add`} class="evidence-add">
          <p id={`${idPrefix}-add`} class="hint">
            Add a link to a document, dashboard or ticket that supports the answer.
          </p>
          {form.summary}
          <Field id={labelId} label="Link label" value={label} error={form.errorFor(labelId)} onInput={setLabel} />
          <Field
            id={urlId}
            label="Address (http or https)"
            type="url"
            value={url}
            error={form.errorFor(urlId)}
            onInput={setUrl}
            onEnter={add}
          />
          <button type="button" class="secondary" onClick={add}>
            Add evidence link
          </button>
        </div>
      )}
    </div>
  );
}
