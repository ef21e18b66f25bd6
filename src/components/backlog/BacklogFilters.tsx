import { useStore } from '@nanostores/preact';
import { familyLabels, statusLabels } from '../../lib/backlog/labels';
import { flagFilters, type FlagFilter } from '../../lib/backlog/table';
import { useCaseFamilies, useCaseStatuses } from '../../schemas/enums';
import { parseDecimal } from '../../lib/numbers';
import { $filters, $tags, resetFilters, setFilters } from '../../stores/backlog/view';

const flagLabels: Record<FlagFilter, string> = {
  any: 'Any',
  blocked: 'Blocked: no usable data',
  disagreement: 'Raters disagree (spread of 2 or more)',
  incomplete: 'Not every criterion rated',
  unrated: 'Not rated yet',
};

/** Filters of the backlog table; every change applies at once and returns to the first page. */
export function BacklogFilters() {
  const filters = useStore($filters);
  const tags = useStore($tags);
  const score = (key: 'minScore' | 'maxScore') => (event: Event) => {
    const text = (event.currentTarget as HTMLInputElement).value;
    setFilters({ [key]: text.trim() === '' ? null : parseDecimal(text) });
  };
  return (
    <form class="filters" aria-label="Filter the backlog" onSubmit={(event) => event.preventDefault()}>
      <div class="field">
        <label for="filter-text">Search</label>
        <input
          id="filter-text"
          type="search"
          value={filters.text}
          placeholder="Title, sponsor, unit or tag"
          onInput={(event) => setFilters({ text: event.currentTarget.value })}
        />
      </div>
      <div class="field">
        <label for="filter-status">Status</label>
        <select id="filter-status" value={filters.status} onChange={(event) => setFilters({ status: event.currentTarget.value })}>
          <option value="">Any</option>
          {useCaseStatuses.map((status) => (
            <option key={status} value={status}>
              {statusLabels[status]}
            </option>
          ))}
        </select>
      </div>
      <div class="field">
        <label for="filter-family">Family</label>
        <select id="filter-family" value={filters.family} onChange={(event) => setFilters({ family: event.currentTarget.value })}>
          <option value="">Any</option>
          {useCaseFamilies.map((family) => (
            <option key={family} value={family}>
              {familyLabels[family]}
            </option>
          ))}
        </select>
      </div>
      <div class="field">
        <label for="filter-tag">Tag</label>
        <select id="filter-tag" value={filters.tag} onChange={(event) => setFilters({ tag: event.currentTarget.value })}>
          <option value="">Any</option>
          {tags.map((tag) => (
            <option key={tag} value={tag}>
              {tag}
            </option>
          ))}
        </select>
      </div>
      <div class="field">
        <label for="filter-flag">Flag</label>
        <select
          id="filter-flag"
          value={filters.flag}
          onChange={(event) => setFilters({ flag: event.currentTarget.value as FlagFilter })}
        >
          {flagFilters.map((flag) => (
            <option key={flag} value={flag}>
              {flagLabels[flag]}
            </option>
          ))}
        </select>
      </div>
      <fieldset class="score-range">
        <legend>Score (0 to 100)</legend>
        <label for="filter-min">From</label>
        <input id="filter-min" type="text" inputMode="decimal" class="narrow" onChange={score('minScore')} />
        <label for="filter-max">to</label>
        <input id="filter-max" type="text" inputMode="decimal" class="narrow" onChange={score('maxScore')} />
      </fieldset>
      <div class="field checkbox">
        <input
          id="filter-archived"
          type="checkbox"
          checked={filters.showArchived}
          onChange={(event) => setFilters({ showArchived: event.currentTarget.checked })}
        />
        <label for="filter-archived">Show archived use cases</label>
      </div>
      <div class="field clear">
        <button
          type="reset"
          class="secondary"
          onClick={() => {
            resetFilters();
          }}
        >
          Clear filters
        </button>
      </div>
    </form>
  );
}
