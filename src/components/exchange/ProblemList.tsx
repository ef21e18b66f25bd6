import type { Problem } from '../../lib/exchange/problems';

const SHOWN = 20;

/** A file's problems: where (its JSON path) and what. Text only: nothing from a file is rendered as HTML. */
export function ProblemList({ problems }: { problems: readonly Problem[] }) {
  return (
    <ul class="problem-list">
      {problems.slice(0, SHOWN).map((problem, index) => (
        <li key={index}>
          {problem.path !== '' && (
            <>
              <code>{problem.path}</code>:{' '}
            </>
          )}
          {problem.message}
        </li>
      ))}
      {problems.length > SHOWN && <li>and {problems.length - SHOWN} more problems</li>}
    </ul>
  );
}
