import { useStore } from '@nanostores/preact';
import { useEffect, useRef } from 'preact/hooks';
import type { KnownTemplate } from '../../lib/governance/templateImport';
import {
  $templateImport,
  cancelTemplateImport,
  confirmTemplateImport,
  readTemplateFile,
} from '../../stores/governance/templates';

interface Props {
  builtIn: KnownTemplate[];
}

/** Choose a file, see what it holds (or what is wrong with it), then import it. Nothing is stored before that. */
export function TemplateImport({ builtIn }: Props) {
  const state = useStore($templateImport);
  const input = useRef<HTMLInputElement>(null);
  const outcome = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (state.kind === 'invalid' || state.kind === 'valid' || state.kind === 'imported' || state.kind === 'failed')
      outcome.current?.focus();
  }, [state.kind]);

  async function choose(event: Event) {
    const file = (event.currentTarget as HTMLInputElement).files?.[0];
    if (!file) return;
    await readTemplateFile(file.name, await file.text(), builtIn);
  }

  function reset() {
    cancelTemplateImport();
    if (input.current) input.current.value = '';
    input.current?.focus();
  }

  return (
    <div class="card template-import">
      <h3>Import a checklist template</h3>
      <div class="field">
        <label for="template-file">Template file (YAML or JSON)</label>
        <p class="hint" id="template-file-hint">
          The file needs an id, a version such as 1.0.0, a title, a summary and a list of items, each with an id, section,
          statement, guidance, severity (blocker, major or minor), expected evidence, NIST AI RMF and ALTAI (Assessment List for
          Trustworthy AI) tags, and optionally EU AI Act articles, ISO/IEC 42001 clauses, a stricter severity per risk tier and
          conditions that match any rather than all. The built-in checklists follow the same format.
        </p>
        <input
          ref={input}
          id="template-file"
          type="file"
          accept=".yaml,.yml,.json,application/json,application/yaml,text/yaml"
          aria-describedby="template-file-hint"
          onChange={(event) => void choose(event)}
        />
      </div>
      <div ref={outcome} tabIndex={-1} aria-live="polite">
        {state.kind === 'checking' && <p>Checking {state.fileName}…</p>}
        {state.kind === 'invalid' && (
          <div class="error-summary" role="alert" aria-labelledby="template-errors-title">
            <h4 id="template-errors-title">{state.fileName} cannot be imported</h4>
            <p>Nothing was stored. Correct these problems in the file and choose it again:</p>
            <ul>
              {state.errors.map((error) => (
                <li key={error}>
                  <code>{error}</code>
                </li>
              ))}
            </ul>
          </div>
        )}
        {state.kind === 'valid' && (
          <div class="notice" aria-labelledby="template-preview-title">
            <h4 id="template-preview-title">
              {state.template.title} <span class="muted">version {state.template.version}</span>
            </h4>
            <p>{state.template.summary}</p>
            <p>
              {state.outline.items} items in {state.outline.sections} sections; {state.outline.blockers} blockers;{' '}
              {state.outline.conditional} with conditions. Id <code>{state.template.id}</code>.
            </p>
            {state.notes.map((note) => (
              <p key={note} class="muted">
                {note}
              </p>
            ))}
            <div class="actions">
              <button type="button" onClick={() => void confirmTemplateImport()}>
                Import this template
              </button>
              <button type="button" class="secondary" onClick={reset}>
                Choose another file
              </button>
            </div>
          </div>
        )}
        {state.kind === 'imported' && (
          <p class="notice" role="status">
            “{state.title}” version {state.version} is imported and can be chosen when you start a review.
          </p>
        )}
        {state.kind === 'failed' && (
          <p class="notice error" role="alert">
            {state.message}
          </p>
        )}
      </div>
    </div>
  );
}
