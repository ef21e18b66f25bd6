import type { LoadState } from '../../stores/assessment/answering';
import { PageState } from '../PageState';

interface Props {
  /** The id from the address: undefined until read, null when the address names none. */
  id: string | null | undefined;
  load: LoadState;
  /** What is being opened, for the waiting message ("the assessment", "the results"). */
  what: string;
}

/** The page state of the assessment pages (answering and results). */
export function OpeningState({ id, load, what }: Props) {
  return (
    <PageState
      id={id}
      load={load}
      what={what}
      missingTitle="Assessment not found"
      missingReason="This assessment could not be found in this browser. It may have been deleted, or it was made in another browser."
      back={{ href: '/assessment/', label: 'Go to your assessments' }}
    />
  );
}
