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
            Median {formatMedian(line.median)}, answers from level {line.min} to level {line.max}.
          </p>
          <dl class="answer-groups">
            {line.answers.map((group) => (
              <div key={group.answer}>
                <dt>{group.answer}</dt>
                <dd>
                  {group.people.map((person, index) => (
                    <span key={person.label}>
                      {index > 0 && ', '}
                      {person.label} <span class="muted">({person.team})</span>
                    </span>
                  ))}
                </dd>
              </div>
            ))}
          </dl>
        </li>
      ))}
    </ul>
  );
}
