import { setReviewer } from '../../stores/governance/review';

/** The name every change is recorded under; the browser remembers it for the next visit. */
export function ReviewerName({ value }: { value: string }) {
  const missing = value.trim() === '';
  return (
    <div class={`field reviewer-name${missing ? ' needs-name' : ''}`}>
      <label for="reviewer-name">Recording changes as</label>
      <p class="hint" id="reviewer-name-hint">
        {missing
          ? 'Enter your name before marking items: it goes into the history with every change you make.'
          : 'Your name goes into the history with every change you make.'}
      </p>
      <input
        id="reviewer-name"
        type="text"
        autocomplete="name"
        value={value}
        aria-describedby="reviewer-name-hint"
        onInput={(event) => void setReviewer(event.currentTarget.value)}
      />
    </div>
  );
}
