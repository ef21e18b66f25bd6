import type { LoadState } from '../../stores/assessment/answering';
import { withBase } from '../urls';
import { Loading } from '../Loading';

interface Props {
  /** The id from the address: undefined until read, null when the address names none. */
  id: string | null | undefined;
  load: LoadState;
  /** What is being opened, for the waiting message ("the assessment", "the results"). */
  what: string;
}

/**
 * What an assessment page shows until its assessment is open: a waiting line, a plain "not
 * found", or the storage error. Returns null once the page can render its content.
 */
export function OpeningState({ id, load, what }: Props) {
  if (id === undefined || (id !== null && load.kind === 'loading')) return <Loading>Opening {what}…</Loading>;
  if (id === null || load.kind === 'missing') {
    return (
      <div class="notice warn">
        <p>This assessment could not be found in this browser. It may have been deleted, or it was made in another browser.</p>
        <p>
          <a href={withBase('/assessment/')}>Go to your assessments</a>
        </p>
      </div>
    );
  }
  if (load.kind === 'error') {
    return (
      <p class="notice error" role="alert">
        Could not open the assessment: {load.message}
      </p>
    );
  }
  return null;
}
