import { ShareLink } from './ShareLink';

interface Props {
  questionnaireId: string;
  questionnaireVersion: string;
}

/** The first step of a survey round: a link for each team, before any file comes back. */
export function GatherAnswers({ questionnaireId, questionnaireVersion }: Props) {
  return (
    <section aria-labelledby="gather-title">
      <h2 id="gather-title">Gather answers</h2>
      <p>
        Ask several people the same questions and see where they agree. Share a link with each team; everyone answers in their own
        browser and sends back their exported file, which you bring in below.
      </p>
      <ShareLink questionnaireId={questionnaireId} questionnaireVersion={questionnaireVersion} />
    </section>
  );
}
