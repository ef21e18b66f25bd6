/** Rows an import leaves out, each with its line number and reason (the first 100 listed). */
export function RejectedList({ rejected }: { rejected: { line: number; reason: string }[] }) {
  const shown = rejected.slice(0, 100);
  return (
    <div class="rejected">
      <h4>
        {rejected.length} rejected row{rejected.length === 1 ? '' : 's'}
      </h4>
      <ul>
        {shown.map((row) => (
          <li key={row.line}>
            Line {row.line}: {row.reason}
          </li>
        ))}
      </ul>
      {rejected.length > shown.length && <p class="hint">And {rejected.length - shown.length} more.</p>}
    </div>
  );
}
