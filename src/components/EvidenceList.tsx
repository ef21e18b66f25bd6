import { useState } from 'preact/hooks';
import type { EvidenceLink } from '../schemas/common';
import { checkEvidenceLink, type EvidenceCheck } from '../lib/evidence';
import { newId } from '../lib/ids';

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
  const [problems, setProblems] = useState<EvidenceCheck>({});

  function add(event: Event) {
    event.preventDefault();
    const found = checkEvidenceLink(label, url);
    setProblems(found);
    if (found.label || found.url) return;
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
          <div class="field">
            <label for={`${idPrefix}-label`}>Link label</label>
            {problems.label && (
              <p class="error-text" id={`${idPrefix}-label-error`}>
                {problems.label}
              </p>
            )}
            <input
              id={`${idPrefix}-label`}
              type="text"
              value={label}
              aria-invalid={problems.label ? true : undefined}
              aria-describedby={problems.label ? `${idPrefix}-label-error` : undefined}
              onInput={(event) => setLabel(event.currentTarget.value)}
            />
          </div>
          <div class="field">
            <label for={`${idPrefix}-url`}>Address (http or https)</label>
            {problems.url && (
              <p class="error-text" id={`${idPrefix}-url-error`}>
                {problems.url}
              </p>
            )}
            <input
              id={`${idPrefix}-url`}
              type="url"
              value={url}
              placeholder="https://"
              aria-invalid={problems.url ? true : undefined}
              aria-describedby={problems.url ? `${idPrefix}-url-error` : undefined}
              onInput={(event) => setUrl(event.currentTarget.value)}
              onKeyDown={(event) => event.key === 'Enter' && add(event)}
            />
          </div>
          <button type="button" class="secondary" onClick={add}>
            Add evidence link
          </button>
        </div>
      )}
    </div>
  );
}
