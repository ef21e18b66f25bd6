import type { TeamSection } from '../../lib/reports/steeringTeam';
import { formatMedian } from '../backlog/format';

interface Props {
  section: TeamSection;
  headingLevel?: 3 | 4;
}

/** The capabilities where answers are 2 or more levels apart, widest first, with each answer. */
export function DisagreementList({ section, headingLevel = 3 }: Props) {
  const Heading = `h${headingLevel}` as 'h3' | 'h4';
  if (section.disagreements.length === 0)
    return <p>No capability has answers 2 or more levels apart: the respondents broadly agree.</p>;
  return (
    <ul class="disagreements">
      {section.disagreements.map((line) => (
        <li key={line.title} class="disagreement keep-together">
          <Heading>
            <span class="flag">Disagreement</span> {line.title}
          </Heading>
          <p>
            Median {formatMedian(line.median)}, levels from {line.min} to {line.max}. How many gave each level:{' '}
            {line.distribution.map((count, level) => `${level}: ${count}`).join(', ')}
            {line.dontKnow > 0 && `; don’t know: ${line.dontKnow}`}
            {line.notApplicable > 0 && `; not applicable: ${line.notApplicable}`}.
          </p>
          <ul class="answer-chips">
            {line.answers.map((answer) => (
              <li key={answer.label}>
                <strong>{answer.label}</strong> <span class="muted">({answer.team})</span>: {answer.answer}
              </li>
            ))}
          </ul>
        </li>
      ))}
    </ul>
  );
}
